using System.Text;

namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// Splits an HTML message into parts Telegram accepts (at most 4,096 characters each): between paragraphs where it
/// can, else between lines, and only a line longer than a whole message is cut inside, at a space, never inside a
/// tag or an entity; a tag open at such a cut is closed before it and opened again after it.
/// </summary>
internal static class TelegramMessageSplitter
{
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string html, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 64);
        var parts = new List<string>();
        Pack(html.Trim('\n'), ["\n\n", "\n"], maxLength, parts);
        return parts.Count == 0 ? [string.Empty] : parts;
    }

    /// <summary>Greedily joins the pieces between the first separator; a piece too long is split by the next one.</summary>
    private static void Pack(string text, ReadOnlySpan<string> separators, int maxLength, List<string> parts)
    {
        if (text.Length <= maxLength)
        {
            Add(parts, text);
            return;
        }

        if (separators.IsEmpty)
        {
            parts.AddRange(CutLine(text, maxLength));
            return;
        }

        var separator = separators[0];
        var current = new StringBuilder();
        foreach (var piece in text.Split(separator))
        {
            if (current.Length > 0 && current.Length + separator.Length + piece.Length <= maxLength)
            {
                current.Append(separator).Append(piece);
                continue;
            }

            Add(parts, current.ToString());
            current.Clear();
            if (piece.Length <= maxLength)
            {
                current.Append(piece);
            }
            else
            {
                Pack(piece, separators[1..], maxLength, parts);
            }
        }

        Add(parts, current.ToString());
    }

    private static void Add(List<string> parts, string part)
    {
        if (part.Trim().Length > 0)
        {
            parts.Add(part.Trim('\n'));
        }
    }

    /// <summary>Cuts one overlong line at spaces outside tags and entities, closing and reopening the tags open there.</summary>
    private static IEnumerable<string> CutLine(string line, int maxLength)
    {
        var open = new List<(string Name, string Tag)>();
        var start = 0;
        while (start < line.Length)
        {
            var reopen = string.Concat(open.Select(t => t.Tag));
            var (end, openAtEnd) = FindCut(line, start, open, maxLength - reopen.Length);
            var closing = string.Concat(openAtEnd.AsEnumerable().Reverse().Select(t => $"</{t.Name}>"));
            yield return reopen + line[start..end].TrimEnd() + closing;
            open = openAtEnd;
            start = end;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }
        }
    }

    /// <summary>
    /// The end of the longest piece from <paramref name="start"/> that fits in <paramref name="budget"/> with the tags
    /// still open at its end closed; preferably just after a space.
    /// </summary>
    private static (int End, List<(string Name, string Tag)> Open) FindCut(
        string line, int start, List<(string Name, string Tag)> openAtStart, int budget)
    {
        var open = new List<(string Name, string Tag)>(openAtStart);
        var lastSpace = (End: -1, Open: open);
        var lastToken = (End: start, Open: new List<(string Name, string Tag)>(open));
        var position = start;
        while (position < line.Length)
        {
            var next = TokenEnd(line, position);
            var token = line[position..next];
            var after = new List<(string Name, string Tag)>(open);
            if (token.StartsWith("</", StringComparison.Ordinal))
            {
                after.RemoveAt(after.Count - 1);
            }
            else if (token.Length > 1 && token[0] == '<')
            {
                after.Add((TagName(token), token));
            }

            var closingLength = after.Sum(t => t.Name.Length + 3);
            if (next - start + closingLength > budget && lastToken.End > start)
            {
                return lastSpace.End > start ? lastSpace : lastToken;
            }

            open = after;
            position = next;
            lastToken = (position, new List<(string Name, string Tag)>(open));
            if (token == " ")
            {
                lastSpace = lastToken;
            }
        }

        return (line.Length, open);
    }

    /// <summary>A tag, an entity, a surrogate pair or one character: the units a cut may fall between.</summary>
    private static int TokenEnd(string line, int position)
    {
        var c = line[position];
        var close = c switch
        {
            '<' => line.IndexOf('>', position),
            '&' => line.IndexOf(';', position),
            _ => -1,
        };
        if (close > position)
        {
            return close + 1;
        }

        return char.IsHighSurrogate(c) && position + 1 < line.Length ? position + 2 : position + 1;
    }

    private static string TagName(string tag)
    {
        var name = tag[1..^1];
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? name : name[..space];
    }
}
