namespace Rectification.Bot.Storage;

/// <summary>
/// One proactive message waiting to be delivered, or delivered: a digest or a reminder. The <see cref="Key"/> is
/// unique ("digest:&lt;subscription&gt;:&lt;week&gt;", "reminder:&lt;finding&gt;:&lt;user&gt;:&lt;week&gt;"), so a job that fires
/// twice, or two instances, enqueue it once. The delivery worker claims a row with a lease before sending and
/// marks it sent after, so a row can be sent by only one instance at a time.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 1000;

    private OutboxMessage()
    {
        Key = string.Empty;
        Kind = string.Empty;
        ChannelId = string.Empty;
        ConversationId = string.Empty;
        ConversationJson = string.Empty;
        MessageJson = string.Empty;
    }

    public OutboxMessage(string key, string kind, long? subscriptionId, string channelId, string conversationId, string? userId, string conversationJson, string messageJson, DateTime nowUtc)
    {
        Key = key;
        Kind = kind;
        SubscriptionId = subscriptionId;
        ChannelId = channelId;
        ConversationId = conversationId;
        UserId = userId;
        ConversationJson = conversationJson;
        MessageJson = messageJson;
        State = OutboxState.Pending;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
    }

    public long Id { get; private set; }

    public string Key { get; private set; }

    /// <summary>"digest" or "reminder".</summary>
    public string Kind { get; private set; }

    public long? SubscriptionId { get; private set; }

    public string ChannelId { get; private set; }

    public string ConversationId { get; private set; }

    public string? UserId { get; private set; }

    /// <summary>The conversation the message goes to, as stored when it was enqueued (see <see cref="Conversation.Messages.MessageJson"/>).</summary>
    public string ConversationJson { get; private set; }

    /// <summary>The message to send, in the core's form; its channel renders it when it is delivered.</summary>
    public string MessageJson { get; private set; }

    public OutboxState State { get; private set; }

    /// <summary>Sends started, including the one in progress.</summary>
    public int Attempts { get; private set; }

    /// <summary>How often a send was found interrupted (lease expired while sending) and taken up again.</summary>
    public int InterruptedSends { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntilUtc { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? SentActivityId { get; private set; }
}

public enum OutboxState
{
    /// <summary>Waiting for its first send.</summary>
    Pending,

    /// <summary>Claimed by an instance (see the lease) and being sent.</summary>
    Sending,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>The last send failed; retried at the next attempt time.</summary>
    Failed,

    /// <summary>Given up: refused for good, too many failures, or possibly delivered already after two interruptions.</summary>
    Abandoned,
}
