using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Storage;

/// <summary>
/// Where a conversation can be reached again: stored by its channel at every turn and on install events, so digests
/// and background answers can be sent proactively. What the channel needs to reach it is kept as its own JSON
/// (<see cref="ChannelData"/>); the columns beside it are what queries need.
/// </summary>
public sealed class ConversationReferenceRecord
{
    private ConversationReferenceRecord()
    {
        Channel = string.Empty;
        ChannelId = string.Empty;
        ConversationId = string.Empty;
        ChannelData = string.Empty;
    }

    public ConversationReferenceRecord(string channel, string channelId, string conversationId)
    {
        Channel = channel;
        ChannelId = channelId;
        ConversationId = conversationId;
        ChannelData = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>The registry name of the channel that reaches this conversation (botframework, telegram, console).</summary>
    public string Channel { get; private set; }

    public string ChannelId { get; private set; }

    public string ConversationId { get; private set; }

    public bool IsPersonal { get; private set; }

    public string? UserId { get; private set; }

    /// <summary>A second id of the same person's account (Teams' AAD object id), matched like <see cref="UserId"/>.</summary>
    public string? AlternateUserId { get; private set; }

    public string? UserName { get; private set; }

    public string? Locale { get; private set; }

    /// <summary>What the channel needs to write here again, in the channel's own JSON; nobody else reads it.</summary>
    public string ChannelData { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Set when the channel refused writes for good (bot blocked or removed, message too big).</summary>
    public DeliveryFailure? PermanentFailure { get; private set; }

    public DateTime? PermanentFailureAtUtc { get; private set; }

    public string? PermanentFailureDetail { get; private set; }

    /// <summary>When the bot introduced itself here; set once, so reinstall events and retries do not greet again.</summary>
    public DateTime? WelcomedAtUtc { get; private set; }

    /// <summary>How long an unchanged reference goes without its time being refreshed.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);

    /// <summary>True when storing the conversation again would change nothing worth a write.</summary>
    public bool IsCurrent(StoredConversation conversation, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return PermanentFailure is null
            && Channel == conversation.Address.Channel
            && IsPersonal == conversation.Address.IsPersonal
            && UserId == (conversation.UserId ?? UserId)
            && AlternateUserId == (conversation.AlternateUserId ?? AlternateUserId)
            && UserName == (conversation.UserName ?? UserName)
            && Locale == (conversation.Locale ?? Locale)
            && string.Equals(ChannelData, conversation.ChannelData, StringComparison.Ordinal)
            && nowUtc - UpdatedAtUtc < RefreshAfter;
    }

    public void Update(StoredConversation conversation, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Channel = conversation.Address.Channel;
        IsPersonal = conversation.Address.IsPersonal;
        UserId = conversation.UserId ?? UserId;
        AlternateUserId = conversation.AlternateUserId ?? AlternateUserId;
        UserName = conversation.UserName ?? UserName;
        Locale = conversation.Locale ?? Locale;
        ChannelData = conversation.ChannelData;
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

    /// <summary>The conversation as the core and its channel read it.</summary>
    public StoredConversation ToConversation() =>
        new(new ConversationAddress(Channel, ChannelId, ConversationId, IsPersonal), UserId, AlternateUserId, UserName, Locale, ChannelData);
}

/// <summary>Why a conversation no longer takes messages.</summary>
public enum DeliveryFailure
{
    /// <summary>The person blocked or removed the bot (a 403 from Teams or Telegram).</summary>
    WritesBlocked,

    /// <summary>The message exceeded the channel's limit.</summary>
    MessageTooBig,
}
