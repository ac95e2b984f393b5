using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Transcripts;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// A turn answered through the Connector REST API (normal delivery): each send is its own HTTP call to the
/// channel, so answers can go on after the inbound request has been acknowledged.
/// </summary>
internal sealed class ConnectorTurnContext(
    Activity activity,
    IConnectorClient connector,
    ConversationReferences references,
    TranscriptRecorder transcripts) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await connector.SendAsync(reply, cancellationToken);
            await transcripts.RecordOutboundAsync(reply, sent?.Id, cancellationToken);
            return sent?.Id;
        }
        catch (ConnectorPermanentFailureException refused)
        {
            await RecordRefusalAsync(refused, cancellationToken);
            // Said in the conversation's own terms, so it does not answer a refused conversation with an apology.
            var failure = refused.Reason == ConnectorFailureReason.WritesBlocked ? ProactiveFailure.Blocked : ProactiveFailure.TooLarge;
            throw new ProactiveDeliveryException(failure, refused.Message, refused);
        }
    }

    public async Task UpdateAsync(Activity replacement, CancellationToken cancellationToken)
    {
        if (replacement.Id is not { Length: > 0 } id || replacement.ServiceUrl is null || replacement.Conversation?.Id is null)
        {
            throw new ArgumentException("An update needs the id, serviceUrl and conversation of the activity it replaces.", nameof(replacement));
        }

        await connector.UpdateActivityAsync(replacement.ServiceUrl, replacement.Conversation.Id, id, replacement, cancellationToken);
    }

    private Task RecordRefusalAsync(ConnectorPermanentFailureException refused, CancellationToken cancellationToken)
    {
        var failure = refused.Reason == ConnectorFailureReason.WritesBlocked ? DeliveryFailure.WritesBlocked : DeliveryFailure.MessageTooBig;
        return Activity is { ChannelId: { } channelId, Conversation.Id: { } conversationId }
            ? references.RecordPermanentFailureAsync(channelId, conversationId, failure, refused.Message, cancellationToken)
            : Task.CompletedTask;
    }
}
