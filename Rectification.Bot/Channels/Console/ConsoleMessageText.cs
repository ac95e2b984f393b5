using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Channels.Console;

/// <summary>
/// What an answer looks like in a terminal: its text (for cards, the plain-text rendering the conversation puts on
/// every card message) and its suggestions as bracketed choices.
/// </summary>
internal static class ConsoleMessageText
{
    public static string Render(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Text;
        if (message.Suggestions.Count > 0)
        {
            text += Environment.NewLine + string.Join("  ", message.Suggestions.Select(s => $"[{s.Title}]"));
        }

        return text.TrimEnd();
    }

    /// <summary>Where the message's attachment was written, in the message's language.</summary>
    public static string Saved(OutboundMessage message, string path)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Texts.For(ReplyLanguage.FromLocale(message.Locale) ?? Language.Chinese).FileSavedTo(path);
    }
}
