using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Conversation.Proactive;

/// <summary>
/// A channel as the core sees it when it speaks first: its name in the registry (the <c>Channel</c> of the
/// conversations it stored), what it can do, and how it sends to a stored conversation. Each channel implements it
/// at the edge; the outbox reaches it only through <see cref="ChannelRegistry"/>.
/// </summary>
public interface IMessageChannel
{
    /// <summary>The registry name, as stored in <see cref="ConversationAddress.Channel"/> (botframework, telegram, console).</summary>
    string Name { get; }

    ChannelCapabilities Capabilities { get; }

    /// <summary>
    /// Sends the message to the stored conversation; returns the id the channel gave it. A refusal for good (blocked,
    /// too large) is marked on the stored conversation by the channel itself.
    /// </summary>
    /// <exception cref="ProactiveDeliveryException">The channel refused or could not be reached.</exception>
    Task<string?> SendAsync(StoredConversation to, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Opens (or reuses) a one-to-one conversation with the person of a conversation the bot knows (a team channel),
    /// so a digest can reach a leader; the channel stores it and returns it.
    /// </summary>
    /// <exception cref="ProactiveDeliveryException">The channel has no personal chats, refused, or could not be reached.</exception>
    Task<StoredConversation> OpenPersonalConversationAsync(StoredConversation known, CancellationToken cancellationToken);
}
