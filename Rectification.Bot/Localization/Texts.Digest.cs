namespace Rectification.Bot.Localization;

/// <summary>Digest.</summary>
public abstract partial class Texts
{
    public abstract string DayName(DayOfWeek day);

    /// <summary>Subscribed (or changed): when the digest comes and how to stop it.</summary>
    public abstract string DigestSubscribed(string day, string time, string timeZone);

    public abstract string DigestUnsubscribed { get; }

    public abstract string DigestNotSubscribed { get; }

    public abstract string DigestSubscription(string day, string time, string timeZone);

    /// <summary>The subscription stopped because the bot could not write to the person (blocked or removed).</summary>
    public abstract string DigestSubscriptionStopped(string day, string time, string timeZone);

    /// <summary>Refusal: the digest is for leaders; <paramref name="whomToAsk"/> lists the admins, if any.</summary>
    public abstract string DigestLeadersOnly(string? whomToAsk);

    /// <summary>The conversation cannot be reached again later (the channel gave no service address).</summary>
    public abstract string DigestCannotDeliverHere { get; }
}
