using System.Globalization;
using Rectification.Bot.Channels.Telegram.Rendering;
using Rectification.Bot.Channels.Telegram.Sending;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// A turn in a Telegram chat. Answers are rendered as HTML and buttons and sent at once; a card answering a button
/// press takes the pressed message's place (editMessageText) where it fits in one message, as a refreshed card does.
/// </summary>
internal sealed class TelegramTurnContext(InboundMessage inbound, long chatId, int? pressedMessageId, TelegramSender sender) : ITurnContext
{
    /// <summary>The message the first answer may replace; none after the first answer.</summary>
    private int? _replaceable = pressedMessageId;

    public InboundMessage Inbound { get; } = inbound;

    public ChannelCapabilities Capabilities => TelegramChannel.Capabilities;

    public async Task<string?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var rendering = TelegramMessageRenderer.Render(message);
        var replaceable = _replaceable;
        _replaceable = null;
        if (message.Card is not null && replaceable is { } messageId
            && await sender.TryEditAsync(chatId, messageId, rendering, cancellationToken))
        {
            return messageId.ToString(CultureInfo.InvariantCulture);
        }

        return await sender.SendAsync(chatId, message, rendering, cancellationToken);
    }
}
