namespace Rectification.Domain.Import.Parsing;

/// <summary>Splits the document into numbered lines; blank lines keep their number so errors point right.</summary>
internal static class SourceText
{
    private const char ByteOrderMark = '\uFEFF';

    public static IReadOnlyList<SourceLine> SplitLines(string text)
    {
        var raw = text.TrimStart(ByteOrderMark).Split('\n');
        var lines = new SourceLine[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            // Trim() also removes \r and the full-width space U+3000 that Chinese documents indent with.
            lines[i] = new SourceLine(i + 1, raw[i].Trim());
        }

        return lines;
    }

    /// <summary>The index of the first non-blank line at or after <paramref name="start"/>, or -1.</summary>
    public static int NextContentIndex(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var i = Math.Max(start, 0); i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the last non-blank line, or -1 for a blank document.</summary>
    public static int LastContentIndex(IReadOnlyList<SourceLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }
}
