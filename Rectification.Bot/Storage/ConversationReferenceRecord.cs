namespace Rectification.Bot.Storage;

/// <summary>
/// Where a conversation can be reached again: stored at every authenticated turn and on install events, so
/// digests and background answers can be sent proactively. The full reference is kept as JSON for fidelity;
/// the columns beside it are what queries need.
/// </summary>
public sealed class ConversationReferenceRecord
{
    private ConversationReferenceRecord()
    {
        ChannelId = string.Empty;
        ConversationId = string.Empty;
        ServiceUrl = string.Empty;
        ReferenceJson = string.Empty;
    }

    public ConversationReferenceRecord(string channelId, string conversationId)
    {
        ChannelId = channelId;
        ConversationId = conversationId;
        ServiceUrl = string.Empty;
        ReferenceJson = string.Empty;
    }

    public long Id { get; private set; }

    public string ChannelId { get; private set; }

    public string ConversationId { get; private set; }

    public string ServiceUrl { get; private set; }

    public string? ConversationType { get; private set; }

    public string? TenantId { get; private set; }

    public string? UserId { get; private set; }

    public string? UserAadObjectId { get; private set; }

    public string? UserName { get; private set; }

    public string? BotId { get; private set; }

    public string? Locale { get; private set; }

    public string ReferenceJson { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Set when the channel refused writes for good (bot blocked or removed, message too big).</summary>
    public DeliveryFailure? PermanentFailure { get; private set; }

    public DateTime? PermanentFailureAtUtc { get; private set; }

    public string? PermanentFailureDetail { get; private set; }

    /// <summary>When the bot introduced itself here; set once, so reinstall events and retries do not greet again.</summary>
    public DateTime? WelcomedAtUtc { get; private set; }

    /// <summary>How long an unchanged reference goes without its time being refreshed.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);

    /// <summary>True when storing the snapshot again would change nothing worth a write.</summary>
    public bool IsCurrent(ConversationReferenceSnapshot snapshot, DateTime nowUtc) =>
        PermanentFailure is null
        && string.Equals(ReferenceJson, snapshot.ReferenceJson, StringComparison.Ordinal)
        && nowUtc - UpdatedAtUtc < RefreshAfter;

    public void Update(ConversationReferenceSnapshot snapshot, DateTime nowUtc)
    {
        ServiceUrl = snapshot.ServiceUrl;
        ConversationType = snapshot.ConversationType;
        TenantId = snapshot.TenantId;
        UserId = snapshot.UserId ?? UserId;
        UserAadObjectId = snapshot.UserAadObjectId ?? UserAadObjectId;
        UserName = snapshot.UserName ?? UserName;
        BotId = snapshot.BotId;
        Locale = snapshot.Locale ?? Locale;
        ReferenceJson = snapshot.ReferenceJson;
        UpdatedAtUtc = nowUtc;
        // A person writing to the bot again means the channel accepts messages again.
        PermanentFailure = null;
        PermanentFailureAtUtc = null;
        PermanentFailureDetail = null;
    }

    public void RecordPermanentFailure(DeliveryFailure failure, string? detail, DateTime nowUtc)
    {
        PermanentFailure = failure;
        PermanentFailureDetail = detail;
        PermanentFailureAtUtc = nowUtc;
    }
}

/// <summary>Why a conversation no longer takes messages.</summary>
public enum DeliveryFailure
{
    /// <summary>403 MessageWritesBlocked: the person blocked or removed the bot.</summary>
    WritesBlocked,

    /// <summary>413 MessageSizeTooBig: the message exceeded the channel's limit.</summary>
    MessageTooBig,
}

/// <summary>The values of a conversation reference that the record keeps in columns.</summary>
public sealed record ConversationReferenceSnapshot(
    string ServiceUrl,
    string? ConversationType,
    string? TenantId,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    string? BotId,
    string? Locale,
    string ReferenceJson);
