namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string DayName(DayOfWeek day) => day.ToString();

    public override string DigestSubscribed(string day, string time, string timeZone) =>
        $"Subscribed to the weekly rectification digest: every {day} at {time} ({timeZone}), in this conversation. " +
        "Send “unsubscribe” to stop, or “digest now” to see it any time.";

    public override string DigestUnsubscribed => "Unsubscribed: no more weekly digests. Send “subscribe to the weekly digest” to start again.";

    public override string DigestNotSubscribed =>
        "You are not subscribed. Send “subscribe to the weekly digest” (optionally with a time, e.g. “every Friday 17:00”).";

    public override string DigestSubscription(string day, string time, string timeZone) =>
        $"You receive the weekly digest every {day} at {time} ({timeZone}) in the conversation you subscribed from. Send “unsubscribe” to stop.";

    public override string DigestSubscriptionStopped(string day, string time, string timeZone) =>
        $"Your weekly digest (every {day} at {time}, {timeZone}) is paused: the bot can no longer write to you. Send “subscribe to the weekly digest” to resume.";

    public override string DigestLeadersOnly(string? whomToAsk) =>
        whomToAsk is null
            ? "The weekly digest is for leaders. Please ask an administrator if you need it."
            : $"The weekly digest is for leaders. Please ask an administrator if you need it: {whomToAsk}.";

    public override string DigestCannotDeliverHere =>
        "This conversation cannot receive messages from the bot later. Please chat with the bot directly in Teams and subscribe there.";
}
