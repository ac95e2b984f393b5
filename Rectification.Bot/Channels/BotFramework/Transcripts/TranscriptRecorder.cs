using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Hosting.Logging;

namespace Rectification.Bot.Channels.BotFramework.Transcripts;

/// <summary>
/// Keeps a Bot Framework transcript (brief section 6) of every activity received and sent, as the SDK's
/// TranscriptLoggerMiddleware with FileTranscriptLogger does: a copy of each activity with <c>from.role</c> set,
/// a <c>g_&lt;guid&gt;</c> id when it has none and a timestamp when it has none. Failing to write a transcript is
/// logged and never fails the turn.
/// </summary>
public sealed partial class TranscriptRecorder(
    IOptions<TranscriptOptions> options, TranscriptFiles files, TimeProvider clock, ILogger<TranscriptRecorder> logger)
{
    public Task RecordInboundAsync(Activity activity, CancellationToken cancellationToken) =>
        RecordAsync(activity, "user", null, cancellationToken);

    /// <param name="channelId">The id the channel gave the sent activity, if it gave one.</param>
    public Task RecordOutboundAsync(Activity activity, string? channelId, CancellationToken cancellationToken) =>
        RecordAsync(activity, "bot", channelId, cancellationToken);

    private async Task RecordAsync(Activity activity, string role, string? assignedId, CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var entry = Entry(activity, role, assignedId);
        try
        {
            await files.AppendAsync(options.Value.Folder!, activity.ChannelId ?? string.Empty, conversationId, entry, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A transcript is a record on the side: a full disk or a damaged file must never fail, or repeat, a send.
            LogWriteFailed(error, activity.ChannelId, conversationId);
        }
    }

    private Activity Entry(Activity activity, string role, string? assignedId)
    {
        // A copy: the live activity is still being sent or handled, and must not see the transcript's changes.
        var entry = ActivitySerializer.Deserialize<Activity>(ActivitySerializer.Serialize(activity))!;
        entry.Id ??= assignedId ?? "g_" + Guid.NewGuid().ToString("N");
        entry.Timestamp ??= clock.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        entry.From ??= new ChannelAccount();
        entry.From.Role = role;
        return entry;
    }

    [LoggerMessage(EventId = FailureEvents.TranscriptWriteFailed, Level = LogLevel.Warning, Message = "Could not write the transcript of conversation {ConversationId} on {ChannelId}")]
    private partial void LogWriteFailed(Exception error, string? channelId, string conversationId);
}
