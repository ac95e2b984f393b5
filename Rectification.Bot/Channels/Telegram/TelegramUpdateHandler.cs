using System.Globalization;
using Rectification.Bot.Cards;
using Rectification.Bot.Channels.Telegram.Rendering;
using Rectification.Bot.Channels.Telegram.Sending;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// One update from Telegram, by its shape: a message or an edited one, a button press, the bot's own membership of
/// a chat; any other kind is acknowledged quietly. Each update is claimed in the database first, so a webhook retry,
/// a restart or a second instance never handles it twice.
/// </summary>
internal sealed partial class TelegramUpdateHandler(
    ProcessedActivities processed,
    ConversationReferences references,
    IConversationBot bot,
    TelegramBotIdentity identity,
    ITelegramBotClient client,
    TelegramSender sender,
    TelegramCallbackData callbacks,
    ILogger<TelegramUpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var chat = ChatOf(update) is { } known ? TelegramInbound.ChatKey(known.Id) : "-";
        var updateId = update.Id.ToString(CultureInfo.InvariantCulture);
        if (!await processed.TryClaimAsync(TelegramChannel.Name, chat, updateId, cancellationToken))
        {
            LogDuplicate(update.Id);
            return;
        }

        try
        {
            await DispatchAsync(update, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Telegram delivers the update again after a failed webhook request: that delivery must run, not be skipped.
            await processed.ReleaseAsync(TelegramChannel.Name, chat, updateId);
            throw;
        }
    }

    private Task DispatchAsync(Update update, CancellationToken cancellationToken) => update switch
    {
        { Message: { } message } => OnMessageAsync(update.Id, message, cancellationToken),
        { EditedMessage: { } edited } => OnMessageAsync(update.Id, edited, cancellationToken),
        { CallbackQuery: { } query } => OnCallbackQueryAsync(update.Id, query, cancellationToken),
        { MyChatMember: { } membership } => OnMembershipAsync(update.Id, membership, cancellationToken),
        // Telegram adds update kinds; what the bot did not ask for is acknowledged and left alone.
        _ => Task.CompletedTask,
    };

    private async Task OnMessageAsync(int updateId, Message message, CancellationToken cancellationToken)
    {
        if (message.From is not { IsBot: false } from
            || TelegramMessageText.Read(message, await identity.GetAsync(client, cancellationToken)) is not { } typed)
        {
            return;
        }

        var kind = typed.Welcomes && !await WasWelcomedAsync(message.Chat, cancellationToken) ? InboundKind.BotAdded : InboundKind.Message;
        await RunTurnAsync(TelegramInbound.Message(message.Chat, from, updateId, typed.Text, kind: kind, files: TelegramInbound.Files(message)), message.Chat.Id, null, cancellationToken);
    }

    /// <summary>/start greets a chat the first time; after that it is read as typed, which the conversation answers with help.</summary>
    private async Task<bool> WasWelcomedAsync(Chat chat, CancellationToken cancellationToken) =>
        (await references.FindAsync(TelegramChannel.Name, TelegramInbound.ChatKey(chat.Id), cancellationToken))?.WelcomedAtUtc is not null;

    private async Task OnCallbackQueryAsync(int updateId, CallbackQuery query, CancellationToken cancellationToken)
    {
        // Answered first, so the button's spinner stops at once, whatever the turn then does and however long it takes.
        await sender.AnswerCallbackAsync(query.Id, cancellationToken);
        if (query.Message is not { } pressed || await callbacks.DecodeAsync(query.Data, cancellationToken) is not { } data)
        {
            return;
        }

        var inbound = TelegramInbound.Message(pressed.Chat, query.From, updateId, text: null, value: data);
        // A reply button (a dialog's choice, a help example) stands for typed text: its answers follow as new messages.
        // A card's own button (status, history) refreshes the card: its answer may take the pressed message's place.
        var refreshes = CardSubmitData.TryRead(data) is not { Intent: CardIntents.Text };
        await RunTurnAsync(inbound, pressed.Chat.Id, refreshes ? pressed.Id : null, cancellationToken);
    }

    /// <summary>
    /// The bot's own membership changed: blocked by the person or removed from the group (writes would fail, as a 403
    /// says), or added to a group, which it greets. A person who unblocks it writes /start, which greets them.
    /// </summary>
    private async Task OnMembershipAsync(int updateId, ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        var chat = membership.Chat;
        var status = membership.NewChatMember.Status;
        if (status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
        {
            LogRemoved(chat.Id, status);
            await references.RecordPermanentFailureAsync(
                TelegramChannel.Name, TelegramInbound.ChatKey(chat.Id), DeliveryFailure.WritesBlocked, $"Telegram: the bot's membership is now {status}", cancellationToken);
            return;
        }

        var joined = status is ChatMemberStatus.Member or ChatMemberStatus.Administrator
            && membership.OldChatMember.Status is ChatMemberStatus.Left or ChatMemberStatus.Kicked;
        if (!joined)
        {
            return;
        }

        var inbound = TelegramInbound.Message(chat, membership.From, updateId, text: null, kind: InboundKind.BotAdded);
        if (chat.Type == ChatType.Private)
        {
            await references.SaveAsync(TelegramInbound.Stored(inbound, chat.Id), cancellationToken);
            return;
        }

        await RunTurnAsync(inbound, chat.Id, null, cancellationToken);
    }

    private async Task RunTurnAsync(InboundMessage inbound, long chatId, int? pressedMessageId, CancellationToken cancellationToken)
    {
        // Stored at every update, as the Bot Framework channel does: digests and reminders reach the chat from it.
        // The bot being added must find its row (the welcome is claimed on it); a message may trust a recent save.
        var stored = TelegramInbound.Stored(inbound, chatId);
        await (inbound.Kind == InboundKind.BotAdded
            ? references.SaveAsync(stored, cancellationToken)
            : references.SaveOnMessageAsync(stored, cancellationToken));
        await bot.OnTurnAsync(new TelegramTurnContext(inbound, chatId, pressedMessageId, sender), cancellationToken);
    }

    private static Chat? ChatOf(Update update) =>
        update.Message?.Chat ?? update.EditedMessage?.Chat ?? update.CallbackQuery?.Message?.Chat ?? update.MyChatMember?.Chat;

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram update {UpdateId} was handled before; ignored")]
    private partial void LogDuplicate(int updateId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram: the bot was removed from chat {ChatId} ({Status}); the conversation is marked")]
    private partial void LogRemoved(long chatId, ChatMemberStatus status);
}
