using System.Text;
using System.Text.RegularExpressions;

namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// Telegram's HTML parse mode: every text from the ledger or from a person goes through <see cref="Escape"/>, so
/// "&lt;b&gt;x&lt;/b&gt; &amp; y" typed by someone shows as typed and can never break or forge the markup.
/// </summary>
internal static partial class TelegramHtml
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    /// <summary>An attribute value (a link's href): also the quote that would end it.</summary>
    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    public static string Bold(string escaped) => $"<b>{escaped}</b>";

    public static string Italic(string escaped) => $"<i>{escaped}</i>";

    public static string Link(Uri url, string text) => $"<a href=\"{EscapeAttribute(url.AbsoluteUri)}\">{Escape(text)}</a>";

    /// <summary>
    /// Text written as Markdown (a digest): escaped, then its **bold** spans made bold, each line on its own so a
    /// tag never spans a line (the splitter cuts between lines).
    /// </summary>
    public static string FromMarkdown(string markdown) =>
        string.Join("\n", Escape(markdown).Split('\n').Select(line => MarkdownBold().Replace(line, "<b>$1</b>")));

    [GeneratedRegex(@"\*\*(?<text>[^*\n]+)\*\*", RegexOptions.ExplicitCapture)]
    private static partial Regex MarkdownBold();
}
