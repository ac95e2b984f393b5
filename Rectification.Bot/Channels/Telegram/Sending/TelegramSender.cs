using System.Globalization;
using Rectification.Bot.Channels.Telegram.Rendering;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Rectification.Bot.Channels.Telegram.Sending;

/// <summary>
/// Sends rendered messages to a chat: in parts under Telegram's limit (the keyboard on the last), paced by the
/// limiter, link previews off to keep answers compact. A 429 is retried by the client after its retry_after; a 403
/// (the person blocked the bot, or it was removed from the group) marks the stored conversation and ends the send.
/// </summary>
internal sealed class TelegramSender(
    ITelegramBotClient client, TelegramSendLimiter limiter, TelegramCallbackData callbacks, ConversationReferences references)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Sends the message; returns the id of its last part.</summary>
    /// <exception cref="ProactiveDeliveryException">Telegram refused or could not be reached.</exception>
    public async Task<string?> SendAsync(long chatId, TelegramRendering rendering, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        var parts = TelegramMessageSplitter.Split(rendering.Html);
        var keyboard = await callbacks.KeyboardAsync(rendering.Keyboard, cancellationToken);
        string? sentId = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            if (parts[i].Length == 0 && !(last && keyboard is not null))
            {
                continue;
            }

            await limiter.WaitAsync(chatId, cancellationToken);
            var text = parts[i].Length == 0 ? "…" : parts[i];
            var sent = await CallAsync(chatId, () => client.SendMessage(
                chatId, text, ParseMode.Html, replyMarkup: last ? keyboard : null, linkPreviewOptions: NoPreview, cancellationToken: cancellationToken),
                cancellationToken);
            sentId = sent.Id.ToString(CultureInfo.InvariantCulture);
        }

        return sentId;
    }

    /// <summary>
    /// Sends the message's text, then the file it carries: a picture with sendPhoto (shown in the chat), any other file
    /// with sendDocument (offered under its name); both are multipart uploads. Returns the id of the last message.
    /// </summary>
    /// <exception cref="ProactiveDeliveryException">Telegram refused or could not be reached.</exception>
    public async Task<string?> SendAsync(long chatId, OutboundMessage message, TelegramRendering rendering, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sentId = await SendAsync(chatId, rendering, cancellationToken);
        if (message.Attachment is not { } file)
        {
            return sentId;
        }

        await limiter.WaitAsync(chatId, cancellationToken);
        var sent = await CallAsync(chatId, async () =>
        {
            await using var content = new MemoryStream(file.Content, writable: false);
            var upload = InputFile.FromStream(content, file.Name);
            return file.IsImage
                ? await client.SendPhoto(chatId, upload, cancellationToken: cancellationToken)
                : await client.SendDocument(chatId, upload, cancellationToken: cancellationToken);
        }, cancellationToken);
        return sent.Id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Replaces a message the bot sent (the card whose button was pressed); false when the new one does not fit in one
    /// message or Telegram will not edit it (too old, deleted), so the caller sends it instead.
    /// </summary>
    public async Task<bool> TryEditAsync(long chatId, int messageId, TelegramRendering rendering, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        var parts = TelegramMessageSplitter.Split(rendering.Html);
        if (parts.Count != 1 || parts[0].Length == 0)
        {
            return false;
        }

        var keyboard = await callbacks.KeyboardAsync(rendering.Keyboard, cancellationToken);
        await limiter.WaitAsync(chatId, cancellationToken);
        try
        {
            await CallAsync(chatId, () => client.EditMessageText(
                chatId, messageId, parts[0], ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: NoPreview, cancellationToken: cancellationToken),
                cancellationToken);
            return true;
        }
        catch (ProactiveDeliveryException refused) when (refused.InnerException is ApiRequestException { ErrorCode: 400 } bad)
        {
            // Pressing a button twice asks for the same card: Telegram refuses an edit that changes nothing.
            return bad.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Says the callback query was seen, so the button's spinner stops.</summary>
    public Task AnswerCallbackAsync(string callbackQueryId, CancellationToken cancellationToken) =>
        client.AnswerCallbackQuery(callbackQueryId, cancellationToken: cancellationToken);

    private async Task<T> CallAsync<T>(long chatId, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (ApiRequestException refused) when (refused.ErrorCode == 403)
        {
            await references.RecordPermanentFailureAsync(
                TelegramChannel.Name, chatId.ToString(CultureInfo.InvariantCulture), DeliveryFailure.WritesBlocked, "Telegram 403: " + refused.Message, cancellationToken);
            throw new ProactiveDeliveryException(ProactiveFailure.Blocked, $"Telegram refused to write to chat {chatId}: {refused.Message}", refused);
        }
        catch (ApiRequestException refused)
        {
            throw new ProactiveDeliveryException(Failure(refused), $"Telegram refused a message to chat {chatId}: {refused.ErrorCode} {refused.Message}", refused);
        }
        catch (RequestException unreachable)
        {
            throw new ProactiveDeliveryException(ProactiveFailure.Transient, $"Telegram could not be reached: {unreachable.Message}", unreachable);
        }
    }

    private static ProactiveFailure Failure(ApiRequestException refused) => refused.ErrorCode switch
    {
        // Still throttled after the client's bounded retries, or Telegram briefly down: the outbox tries again later.
        429 or >= 500 => ProactiveFailure.Transient,
        400 when refused.Message.Contains("too long", StringComparison.OrdinalIgnoreCase) => ProactiveFailure.TooLarge,
        _ => ProactiveFailure.Refused,
    };
}
