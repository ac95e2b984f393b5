namespace Rectification.Bot.Storage;

/// <summary>
/// A message of a conversation whose client fetches its messages instead of being called (Direct Line, which Web Chat
/// reads by watermark). Kept in the database in the order of <see cref="Sequence"/>, so every instance serves the same
/// conversation and a client that reconnects elsewhere misses nothing.
/// </summary>
public sealed class KeptActivity
{
    private KeptActivity()
    {
        Channel = string.Empty;
        ConversationId = string.Empty;
        Json = string.Empty;
    }

    public KeptActivity(string channel, string conversationId, long sequence, string json, DateTime createdAtUtc)
    {
        Channel = channel;
        ConversationId = conversationId;
        Sequence = sequence;
        Json = json;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The registry name of the channel that keeps it.</summary>
    public string Channel { get; private set; }

    public string ConversationId { get; private set; }

    /// <summary>1, 2, 3… within the conversation, without gaps: a watermark is the last sequence a client has.</summary>
    public long Sequence { get; private set; }

    /// <summary>The activity as its channel's clients read it.</summary>
    public string Json { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}
