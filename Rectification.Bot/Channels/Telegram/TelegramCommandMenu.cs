using Rectification.Bot.Localization;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// The command menu Telegram shows beside the message box (setMyCommands): in Chinese for people whose Telegram is
/// in Chinese, in English for English, and in Chinese, the office's language, for everyone else.
/// </summary>
internal static class TelegramCommandMenu
{
    public static async Task RegisterAsync(ITelegramBotClient client, CancellationToken cancellationToken)
    {
        foreach (var texts in new[] { Texts.Chinese, Texts.English })
        {
            await client.SetMyCommands(Commands(texts), languageCode: texts.TelegramLanguageCode, cancellationToken: cancellationToken);
        }

        await client.SetMyCommands(Commands(Texts.Office), cancellationToken: cancellationToken);
    }

    public static IReadOnlyList<BotCommand> Commands(Texts texts) =>
        [.. TelegramCommands.All.Select(c => new BotCommand { Command = c.Name, Description = c.Description(texts) })];
}
