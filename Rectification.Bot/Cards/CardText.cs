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
}
