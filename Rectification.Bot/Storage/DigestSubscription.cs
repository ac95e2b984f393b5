using Rectification.Bot.Localization;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Storage;

/// <summary>
/// A person's wish to receive the weekly digest: in which conversation (the stored reference's channel and
/// conversation id), in which language, and at which local day and time of which IANA time zone. One per person
/// and channel; unsubscribing or a blocked bot deactivates it (with the reason) rather than deleting it.
/// </summary>
public sealed class DigestSubscription
{
    public static readonly TimeOnly DefaultTime = new(9, 0);

    private DigestSubscription()
    {
        ChannelId = string.Empty;
        UserId = string.Empty;
        ConversationId = string.Empty;
        TimeZoneId = OfficeTimeZone.DefaultId;
    }

    public DigestSubscription(string channelId, string userId, DateTime nowUtc)
    {
        ChannelId = channelId;
        UserId = userId;
        ConversationId = string.Empty;
        TimeZoneId = OfficeTimeZone.DefaultId;
        Day = DayOfWeek.Monday;
        LocalTime = DefaultTime;
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    public long Id { get; private set; }

    /// <summary>The channel the person subscribed on (msteams, emulator, …).</summary>
    public string ChannelId { get; private set; }

    /// <summary>The channel's user id of the subscriber (from.id).</summary>
    public string UserId { get; private set; }

    public string? UserName { get; private set; }

    /// <summary>With <see cref="ChannelId"/>, the key of the stored conversation reference the digest goes to.</summary>
    public string ConversationId { get; private set; }

    public Language Language { get; private set; }

    /// <summary>IANA time zone id, e.g. Asia/Shanghai; the week and the delivery time are reckoned in it.</summary>
    public string TimeZoneId { get; private set; }

    public DayOfWeek Day { get; private set; }

    public TimeOnly LocalTime { get; private set; }

    public bool Active { get; private set; }

    /// <summary>
    /// The one inspection round the digest covers ("订阅第二轮的周报"); null for every round the subscriber is a
    /// responsible leader of (the current round when they are responsible for none).
    /// </summary>
    public int? RoundInspectionId { get; private set; }

    /// <summary>Why the subscription is inactive: <see cref="SubscriptionEndReason"/>.</summary>
    public SubscriptionEndReason? InactiveReason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the person last subscribed (or changed day or time): no digest is due before it.</summary>
    public DateTime SubscribedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <param name="keepSchedule">True when an active subscriber subscribes again without a new day or time: the
    /// week's digest that was already due stays due.</param>
    public void Subscribe(string conversationId, string? userName, Language language, string timeZoneId, DayOfWeek day, TimeOnly localTime, DateTime nowUtc, bool keepSchedule = false)
    {
        ConversationId = conversationId;
        UserName = userName ?? UserName;
        Language = language;
        TimeZoneId = timeZoneId;
        Day = day;
        LocalTime = localTime;
        Active = true;
        InactiveReason = null;
        if (!keepSchedule)
        {
            SubscribedAtUtc = nowUtc;
        }

        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Covers one round from now on, or (null) every round the subscriber is responsible for.</summary>
    public void CoverRound(int? inspectionId, DateTime nowUtc)
    {
        RoundInspectionId = inspectionId;
        UpdatedAtUtc = nowUtc;
    }

    public void Deactivate(SubscriptionEndReason reason, DateTime nowUtc)
    {
        Active = false;
        InactiveReason = reason;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>The subscriber's time zone; the default when the stored id is unknown on this machine.</summary>
    public TimeZoneInfo Zone() => OfficeTimeZone.Resolve(TimeZoneId);
}

/// <summary>Why a subscription stopped.</summary>
public enum SubscriptionEndReason
{
    /// <summary>The person unsubscribed.</summary>
    Unsubscribed,

    /// <summary>The channel answered 403: the person blocked or removed the bot.</summary>
    Blocked,

    /// <summary>The stored conversation is gone or refused the digest for good.</summary>
    Undeliverable,
}
