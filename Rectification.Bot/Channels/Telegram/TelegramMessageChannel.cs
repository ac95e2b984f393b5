using Rectification.Bot.Channels.Telegram.Rendering;
using Rectification.Bot.Channels.Telegram.Sending;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// Telegram for the outbox: digests, reminders and background answers to a stored Telegram chat, paced and marked
/// like every Telegram send (<see cref="TelegramSender"/>).
/// </summary>
internal sealed class TelegramMessageChannel(TelegramSender sender, ConversationReferences references) : IMessageChannel
{
    public string Name => TelegramChannel.Name;

    public ChannelCapabilities Capabilities => TelegramChannel.Capabilities;

    public Task<string?> SendAsync(StoredConversation to, OutboundMessage message, CancellationToken cancellationToken) =>
        sender.SendAsync(TelegramConversationData.ChatIdOf(to), message, TelegramMessageRenderer.Render(message), cancellationToken);

    /// <summary>
    /// A bot may write to a person only in the private chat the person started with it (its id is the person's), so
    /// that chat is looked up, never created.
    /// </summary>
    public async Task<StoredConversation> OpenPersonalConversationAsync(StoredConversation known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (known.Address.IsPersonal)
        {
            return known;
        }

        if (known.UserId is { } userId && await references.FindPersonalAsync(TelegramChannel.Name, userId, cancellationToken) is { } personal)
        {
            return personal.ToConversation();
        }

        throw new ProactiveDeliveryException(
            ProactiveFailure.Refused, $"Telegram user {known.UserId} has not started a private chat with the bot, so it cannot write to them first.");
    }
}
