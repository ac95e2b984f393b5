using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Transcripts;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.BotFramework.Proactive;

/// <summary>
/// Proactive messages over the Connector REST API: every Bot Framework channel (msteams, emulator, webchat,
/// directline, …) speaks through it; only the channels this bot runs itself (console, later telegram) do not.
/// Permanent refusals are recorded on the stored reference, so admins see them (`deliveries`) and senders stop.
/// </summary>
internal sealed class BotFrameworkProactiveChannel(
    IConnectorClient connector,
    ConversationReferences references,
    PersonalConversationOpener opener,
    TranscriptRecorder transcripts) : IProactiveChannel
{
    /// <summary>Channel ids the bot serves without the Bot Framework: their references never go to the connector.</summary>
    private static readonly HashSet<string> OwnChannels = new(StringComparer.OrdinalIgnoreCase) { "console", "telegram" };

    public bool Serves(string channelId) => !string.IsNullOrWhiteSpace(channelId) && !OwnChannels.Contains(channelId);

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(reference);
        // A proactive message starts a new post; replying to the stored activity id would thread it under an old one.
        activity.ReplyToId = null;
        try
        {
            var sent = await connector.SendAsync(activity, cancellationToken);
            await transcripts.RecordOutboundAsync(activity, sent?.Id, cancellationToken);
            return sent?.Id;
        }
        catch (ConnectorPermanentFailureException refused)
        {
            await RecordAsync(reference, refused, cancellationToken);
            throw ProactiveFailures.From(refused);
        }
        catch (Exception error) when (error is ConnectorException or ArgumentException)
        {
            throw ProactiveFailures.From(error);
        }
    }

    public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference known, CancellationToken cancellationToken) =>
        opener.OpenAsync(known, cancellationToken);

    private Task RecordAsync(ConversationReference reference, ConnectorPermanentFailureException refused, CancellationToken cancellationToken) =>
        reference is { ChannelId: { } channelId, Conversation.Id: { } conversationId }
            ? references.RecordPermanentFailureAsync(channelId, conversationId, ProactiveFailures.AsDeliveryFailure(refused), refused.Message, cancellationToken)
            : Task.CompletedTask;
}
