using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>What a message says to the bot: the text the conversation reads, or a welcome (/start).</summary>
internal sealed record TelegramTypedMessage(string Text, bool Welcomes = false);

/// <summary>
/// Reads a Telegram message as the conversation's typed text: a command through the command table ("/status@ThisBot
/// 14" → "/status 14", "/link CODE" → "link CODE"), anything else as written. In a group the bot answers only what is
/// addressed to it, as Telegram's privacy mode intends: its commands, a mention of it, a reply to it; a command for
/// another bot is not ours.
/// </summary>
internal static class TelegramMessageText
{
    public static TelegramTypedMessage? Read(Message message, User bot)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(bot);
        var text = (message.Text ?? message.Caption)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            // A file without a caption in a private chat may answer the question the bot asked ("请发送佐证材料").
            return message.Chat.Type == ChatType.Private && (message.Document is not null || message.Photo is { Length: > 0 })
                ? new TelegramTypedMessage(string.Empty)
                : null;
        }

        if (TelegramCommandLine.TryParse(text) is { } command)
        {
            return command.IsFor(bot.Username ?? string.Empty) ? Command(command) : null;
        }

        if (message.Chat.Type == ChatType.Private)
        {
            return new TelegramTypedMessage(text);
        }

        var mention = "@" + bot.Username;
        if (bot.Username is { Length: > 0 } && text.Contains(mention, StringComparison.OrdinalIgnoreCase))
        {
            return new TelegramTypedMessage(text.Replace(mention, string.Empty, StringComparison.OrdinalIgnoreCase).Trim());
        }

        return message.ReplyToMessage?.From?.Id == bot.Id ? new TelegramTypedMessage(text) : null;
    }

    private static TelegramTypedMessage Command(TelegramCommandLine command) =>
        TelegramCommands.Find(command.Name) switch
        {
            { ToText: null } => new TelegramTypedMessage("/" + TelegramCommands.Start, Welcomes: true),
            { ToText: { } toText } => new TelegramTypedMessage(toText(command.Arguments)),
            // Not on the menu: as typed (without the bot's name), so the conversation says it does not know it.
            null => new TelegramTypedMessage($"/{command.Name} {command.Arguments}".TrimEnd()),
        };
}
