using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.Console;

/// <summary>
/// What an answer looks like in a terminal: its text (for cards, the plain-text rendering the conversation
/// puts on every card activity) and its suggested actions as bracketed choices.
/// </summary>
internal static class ConsoleActivityText
{
    public static string Render(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (activity.SuggestedActions is { Actions.Count: > 0 } suggestions)
        {
            text += Environment.NewLine + string.Join("  ", suggestions.Actions.Select(a => $"[{a.Title}]"));
        }

        return text.TrimEnd();
    }
}
