using Rectification.Bot.Channels.BotFramework.Proactive;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Transcripts;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// One send through the connector, for a reply and a proactive message alike: the transcript records it, and a refusal
/// for good (blocked, too large) is marked on the stored conversation and said in the core's terms.
/// </summary>
internal sealed class ConnectorDelivery(IConnectorClient connector, ConversationReferences references, TranscriptRecorder transcripts)
{
    /// <exception cref="Conversation.Proactive.ProactiveDeliveryException">The channel refused for good.</exception>
    public async Task<string?> SendAsync(Activity activity, ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        try
        {
            var sent = await connector.SendAsync(activity, cancellationToken);
            await transcripts.RecordOutboundAsync(activity, sent?.Id, cancellationToken);
            return sent?.Id;
        }
        catch (ConnectorPermanentFailureException refused)
        {
            await references.RecordPermanentFailureAsync(
                address.ChannelId, address.ConversationId, ProactiveFailures.AsDeliveryFailure(refused), refused.Message, cancellationToken);
            throw ProactiveFailures.From(refused);
        }
    }
}
