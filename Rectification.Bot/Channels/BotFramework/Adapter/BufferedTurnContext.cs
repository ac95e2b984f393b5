using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// A turn whose answers travel back in the HTTP response (deliveryMode expectReplies) instead of through
/// the connector: every send is collected, in order.
/// </summary>
internal sealed class BufferedTurnContext(Activity wire, InboundMessage inbound) : ITurnContext
{
    private readonly List<Activity> _replies = [];

    public InboundMessage Inbound { get; } = inbound;

    public ChannelCapabilities Capabilities { get; } = BotFrameworkCapabilities.For(wire.ChannelId);

    public IReadOnlyList<Activity> Replies => _replies;

    public Task<string?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var reply = BotFrameworkOutbound.Reply(wire, message);
        // Within one response there is no channel to assign ids; local ids still let a caller refer to a reply.
        reply.Id = $"reply-{_replies.Count + 1}";
        _replies.Add(reply);
        return Task.FromResult<string?>(reply.Id);
    }
}
