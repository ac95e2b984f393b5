using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Conversation;

/// <summary>
/// One inbound message and the means to answer it. Each channel supplies its own implementation (connector replies,
/// an expectReplies buffer, Telegram, the console), so the conversation never knows which it talks to.
/// </summary>
public interface ITurnContext
{
    InboundMessage Inbound { get; }

    ChannelCapabilities Capabilities { get; }

    /// <summary>Sends a message in this conversation; returns the id the channel gave it, if any.</summary>
    Task<string?> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
