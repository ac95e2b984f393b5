using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Text;

namespace Rectification.Bot.Conversation.Understanding.Progress;

/// <summary>
/// Cuts a text into the clauses a status statement can fill: at punctuation (，。；、！？：, and "." that is not a
/// decimal point), at line breaks, at spaces beside Chinese or between a percentage and a number ("已完成 100%
/// 10月份…") and at a space before a percentage ("drafted the rules 30%"), but not at other spaces between English
/// words ("not done yet", "80% done" are one clause each). A link is one clause of its own and is
/// never a statement, whatever words its path holds.
/// </summary>
internal static partial class StatementClauses
{
    /// <summary>A clause of the folded text: where it starts, how long it is, and how long the separator after it.</summary>
    internal readonly record struct Clause(int Start, int Length, int SeparatorLength, string Text, bool IsLink);

    public static List<Clause> Split(string folded)
    {
        var clauses = new List<Clause>();
        var links = Links.Find(folded);
        var start = 0;
        var i = 0;
        while (i < folded.Length)
        {
            if (LinkAt(links, i) is { } link)
            {
                Add(clauses, folded, start, i, i);
                var end = link.Index + link.Length;
                var separatorEnd = SkipSeparators(folded, end);
                clauses.Add(new Clause(i, link.Length, separatorEnd - end, link.Value, IsLink: true));
                start = i = separatorEnd;
                continue;
            }

            if (IsSeparatorAt(folded, i))
            {
                var separatorEnd = SkipSeparators(folded, i);
                Add(clauses, folded, start, i, separatorEnd);
                start = i = separatorEnd;
                continue;
            }

            i++;
        }

        Add(clauses, folded, start, folded.Length, folded.Length);
        return clauses;
    }

    private static LinkSpan? LinkAt(IReadOnlyList<LinkSpan> links, int index)
    {
        foreach (var link in links)
        {
            if (link.Index == index && link.Length > 0)
            {
                return link;
            }
        }

        return null;
    }

    private static void Add(List<Clause> clauses, string text, int start, int end, int separatorEnd)
    {
        if (end > start || separatorEnd > end)
        {
            clauses.Add(new Clause(start, end - start, separatorEnd - end, text[start..end], IsLink: false));
        }
    }

    private static int SkipSeparators(string text, int from)
    {
        var i = from;
        while (i < text.Length && IsSeparatorAt(text, i))
        {
            i++;
        }

        return i;
    }

    private static bool IsSeparatorAt(string text, int i)
    {
        var c = text[i];
        if (c is '.')
        {
            // 5.2 and 80.5% keep their point; "done." ends a clause.
            return !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
        }

        if (char.IsWhiteSpace(c))
        {
            return IsIdeographAt(text, i - 1) || IsIdeographAt(text, i + 1)
                || (IsAt(text, i - 1, '%') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                || PercentageAhead().IsMatch(text, i + 1);
        }

        return PunctuationSeparators.Contains(c);
    }

    private static bool IsIdeographAt(string text, int i) => i >= 0 && i < text.Length && CjkText.IsIdeograph(text[i]);

    private static bool IsAt(string text, int i, char c) => i >= 0 && i < text.Length && text[i] == c;

    // "drafted the rules 30%": a percentage after English words starts a clause of its own.
    [GeneratedRegex(@"\G\d{1,4}(\.\d+)?\s*(%|percent\b|per\s+cent\b|pct\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentageAhead();

    private const string PunctuationSeparators = ",，。;；、!！?？:：\n\r~…";
}
