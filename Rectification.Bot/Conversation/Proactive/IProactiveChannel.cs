using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Conversation.Proactive;

/// <summary>
/// A channel that can speak first: send to a stored conversation, or open a one-to-one conversation with a
/// person it knows from another conversation. Each channel (Bot Framework, later Telegram) implements it at
/// the edge; schedulers and dialogs reach it only through <see cref="ProactiveMessenger"/>.
/// </summary>
public interface IProactiveChannel
{
    /// <summary>True for the channel ids this channel delivers (e.g. msteams, emulator, webchat).</summary>
    bool Serves(string channelId);

    /// <summary>
    /// Addresses the activity from the reference and sends it; returns the id the channel gave the message. A
    /// refusal for good (blocked, too large) is marked on the stored reference by the channel itself.
    /// </summary>
    /// <exception cref="ProactiveDeliveryException">The channel refused or could not be reached.</exception>
    Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Opens (or reuses) a one-to-one conversation with the reference's user and returns its reference, so
    /// a digest can reach a leader known only from a team channel.
    /// </summary>
    Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference known, CancellationToken cancellationToken);
}
