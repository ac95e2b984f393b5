namespace Rectification.Bot.Storage;

/// <summary>
/// An inbound activity already handled. Channels retry requests that took too long; the unique key on
/// channel + conversation + activity id lets exactly one instance process each activity.
/// </summary>
public sealed class ProcessedActivity
{
    private ProcessedActivity()
    {
        ChannelId = string.Empty;
        ConversationId = string.Empty;
        ActivityId = string.Empty;
    }

    public ProcessedActivity(string channelId, string conversationId, string activityId, DateTime receivedAtUtc)
    {
        ChannelId = channelId;
        ConversationId = conversationId;
        ActivityId = activityId;
        ReceivedAtUtc = receivedAtUtc;
    }

    public long Id { get; private set; }

    public string ChannelId { get; private set; }

    public string ConversationId { get; private set; }

    public string ActivityId { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }
}
