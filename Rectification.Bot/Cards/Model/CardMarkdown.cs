using System.Text;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// Hosts read a subset of Markdown in a card's text (TextBlock, and the facts of a FactSet, which they draw as text
/// blocks): Teams, and Web Chat and the JavaScript renderer through markdown-it. Every text in our cards is meant
/// literally, and much of it comes from people (progress notes, names, reasons), so the JSON carries it escaped: a
/// backslash before each character that would start emphasis, a link, code or an HTML entity, and before a line's
/// block marker (a heading, a quote, a list item). The model keeps the text as written; the text renderers (console,
/// Telegram) read the model, not the JSON, and escape for their own formats.
/// </summary>
public static class CardMarkdown
{
    private const string InlineSpecials = "\\`*_[]<>~&|";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart)
            {
                i = EscapeBlockMarker(text, i, escaped);
                c = text[i];
            }

            if (InlineSpecials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n';
        }

        return escaped.ToString();
    }

    // At a line's start (after its indentation): "# ", "> ", "- ", "+ ", "= " and "1. " / "1) " would make a heading,
    // a quote, a list or a setext underline; the marker's punctuation is escaped. Returns the index of the character
    // the inline pass continues with.
    private static int EscapeBlockMarker(string text, int start, StringBuilder escaped)
    {
        var i = start;
        while (i < text.Length - 1 && text[i] == ' ')
        {
            escaped.Append(' ');
            i++;
        }

        // '>' is escaped by the inline pass already.
        if ("#-+=".Contains(text[i], StringComparison.Ordinal))
        {
            escaped.Append('\\');
            return i;
        }

        var digits = i;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > i && digits < text.Length && text[digits] is '.' or ')')
        {
            escaped.Append(text, i, digits - i).Append('\\');
            return digits;
        }

        return i;
    }

    /// <summary>The text <see cref="Escape"/> was given: every backslash it wrote precedes the character it escapes.</summary>
    public static string Unescape(string escaped)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        var text = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length)
            {
                i++;
            }

            text.Append(escaped[i]);
        }

        return text.ToString();
    }
}
