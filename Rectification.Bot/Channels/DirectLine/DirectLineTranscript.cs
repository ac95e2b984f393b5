using System.Globalization;
using System.Text.Json;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// The activities of a Direct Line conversation, the user's and the bot's, in the database in order: the watermark a
/// client holds is the sequence of the last one it has, so any instance answers "what came after".
/// </summary>
public sealed class DirectLineTranscript(KeptActivities kept, DirectLineSignals signals)
{
    /// <summary>The most one answer carries; a client asks again from the watermark it got.</summary>
    public const int PageSize = 100;

    /// <summary>Adds the activity as the conversation's next, giving it its id and time; returns the id.</summary>
    public async Task<string> AppendAsync(string conversationId, DirectLineActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string? id = null;
        await kept.AppendAsync(DirectLineChannel.Name, conversationId, (sequence, now) =>
        {
            id = ActivityId(conversationId, sequence);
            activity.Id = id;
            activity.Timestamp = now.ToString("O", CultureInfo.InvariantCulture);
            activity.ChannelId = DirectLineChannel.Name;
            activity.Conversation = new DirectLineConversationAccount { Id = conversationId };
            return JsonSerializer.Serialize(activity, DirectLineJson.Options);
        }, cancellationToken);
        signals.Added(conversationId);
        return id!;
    }

    /// <summary>The activities after the watermark (all of them without one), and the watermark to ask from next.</summary>
    public async Task<DirectLineActivitySet> AfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var page = await kept.AfterAsync(DirectLineChannel.Name, conversationId, watermark, PageSize, cancellationToken);
        var activities = page.Select(a => JsonSerializer.Deserialize<DirectLineActivity>(a.Json, DirectLineJson.Options)!).ToList();
        var next = page.Count > 0 ? page[^1].Sequence : watermark;
        return new DirectLineActivitySet(activities, next.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<bool> HasAnyAsync(string conversationId, CancellationToken cancellationToken) =>
        await kept.LastSequenceAsync(DirectLineChannel.Name, conversationId, cancellationToken) > 0;

    /// <summary>A watermark as clients send it: absent or empty for "from the start", else a sequence.</summary>
    public static bool TryReadWatermark(string? written, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(written)
            || (long.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out watermark));
    }

    /// <summary>Direct Line's form of an activity id: the conversation and the activity's number in it.</summary>
    private static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");
}
