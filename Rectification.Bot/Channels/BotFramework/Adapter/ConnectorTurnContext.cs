using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// A turn answered through the Connector REST API (normal delivery): each send is its own HTTP call to the
/// channel, so answers can go on after the inbound request has been acknowledged. A refusal for good is said in the
/// conversation's own terms, so the conversation does not answer a refused conversation with an apology.
/// </summary>
internal sealed class ConnectorTurnContext(Activity wire, InboundMessage inbound, ConnectorDelivery delivery) : ITurnContext
{
    public InboundMessage Inbound { get; } = inbound;

    public ChannelCapabilities Capabilities { get; } = BotFrameworkCapabilities.For(wire.ChannelId);

    public Task<string?> SendAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        delivery.SendAsync(BotFrameworkOutbound.Reply(wire, message), Inbound.Conversation, cancellationToken);
}
