using System.Globalization;
using System.Text;

namespace Rectification.Bot.Cards;

/// <summary>Shortening and tidying of text taken from the ledger before it goes into a card.</summary>
internal static class CardText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Cuts to at most <paramref name="maxLength"/> characters as people count them (a CJK character, an emoji
    /// with its modifiers: one each), ending with "…" when cut. Never splits a surrogate pair.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var info = new StringInfo(text.Trim());
        if (info.LengthInTextElements <= maxLength)
        {
            return info.String;
        }

        var kept = info.SubstringByTextElements(0, maxLength - 1).TrimEnd('，', ',', '、', '；', ';', ' ');
        return kept + Ellipsis;
    }

    /// <summary>Joins lines and runs of white space into single spaces, for one-paragraph summaries.</summary>
    public static string SingleLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length == 0 ? string.Empty : " ").Append(part);
        }

        return builder.ToString();
    }

    /// <summary>The text as a web link (http or https) a button may open; null when it is none (e.g. a Telegram file id).</summary>
    public static Uri? WebLink(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    /// <summary>
    /// A web link as text that stays one link where a host links addresses: the characters Markdown would read as
    /// markup are percent-encoded, which leaves the address the same, so the card's escaping (CardMarkdown) has
    /// nothing to put a backslash before.
    /// </summary>
    public static string MarkdownSafeLink(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var encoded = new StringBuilder();
        foreach (var c in link.AbsoluteUri)
        {
            encoded.Append(c is '*' or '_' or '[' or ']' or '(' or ')' or '<' or '>' or '`' or '~' or '|' or '!' or '\\'
                ? "%" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)
                : c.ToString());
        }

        return encoded.ToString();
    }
}
