using Rectification.Bot.Localization;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// One row of the command table: the command, its description in the menu, and the text the conversation reads
/// for it (most commands are the conversation's own slash commands; /link is said in words).
/// </summary>
/// <param name="ToText">The typed text for the command's arguments; null for /start, which welcomes.</param>
internal sealed record TelegramCommand(string Name, Func<Texts, string> Description, Func<string, string>? ToText);

/// <summary>The bot's commands: the one table the menu (setMyCommands) and the reading of a typed command share.</summary>
internal static class TelegramCommands
{
    public const string Start = "start";

    public static IReadOnlyList<TelegramCommand> All { get; } =
    [
        new(Start, t => t.CommandStartDescription, null),
        new("help", t => t.CommandHelpDescription, _ => "/help"),
        new("status", t => t.CommandStatusDescription, args => Slash("status", args)),
        new("list", t => t.CommandListDescription, args => Slash("list", args)),
        new("overdue", t => t.CommandOverdueDescription, _ => "/overdue"),
        new("supervision", t => t.CommandSupervisionDescription, _ => "/supervision"),
        new("report", t => t.CommandReportDescription, args => Slash("report", args)),
        new("update", t => t.CommandUpdateDescription, args => Slash("update", args)),
        new("history", t => t.CommandHistoryDescription, args => Slash("history", args)),
        new("digest", t => t.CommandDigestDescription, _ => "/digest"),
        new("export", t => t.CommandExportDescription, _ => "/export"),
        new("chart", t => t.CommandChartDescription, _ => "/chart"),
        new("subscribe", t => t.CommandSubscribeDescription, args => Slash("subscribe", args)),
        new("unsubscribe", t => t.CommandUnsubscribeDescription, _ => "/unsubscribe"),
        new("link", t => t.CommandLinkDescription, args => $"link {args}".TrimEnd()),
    ];

    public static TelegramCommand? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Slash(string command, string args) => $"/{command} {args}".TrimEnd();
}
