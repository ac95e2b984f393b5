using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Invokes;

/// <summary>
/// The turn an Action.Execute press runs as: what the conversation sends is kept, not sent, so the handler can
/// choose which answer goes into the invoke response.
/// </summary>
internal sealed class CapturingTurnContext(ITurnContext real) : ITurnContext
{
    private readonly List<OutboundMessage> _captured = [];

    public InboundMessage Inbound => real.Inbound;

    public ChannelCapabilities Capabilities => real.Capabilities;

    public IReadOnlyList<OutboundMessage> Captured => _captured;

    public Task<string?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        _captured.Add(message);
        return Task.FromResult<string?>(null);
    }
}
