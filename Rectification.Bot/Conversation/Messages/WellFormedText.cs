using System.Text;

namespace Rectification.Bot.Conversation.Messages;

/// <summary>
/// Text as a person sent it, made safe to understand, store and show, whatever the channel: a lone surrogate
/// (invalid UTF-16, which Unicode normalization refuses and PostgreSQL cannot store) or the noncharacters U+FFFE and
/// U+FFFF become U+FFFD; control characters
/// other than tab and line breaks (NUL among them) are removed, and so are the bidirectional marks and overrides
/// (U+200E, U+202E…) that would make a note read differently to others than it was written. Everything else,
/// emoji included, is kept as it was.
/// </summary>
public static class WellFormedText
{
    public static string? Clean(string? text)
    {
        if (text is null || !NeedsCleaning(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (IsInvalid(c))
            {
                clean.Append('\uFFFD');
            }
            else if (!IsRemoved(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsInvalid(c) || IsRemoved(c))
            {
                return true;
            }
        }

        return false;
    }

    // A surrogate without its pair, or a noncharacter normalization refuses.
    private static bool IsInvalid(char c) => char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    private static bool IsRemoved(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
