using System.Text.RegularExpressions;
using Rectification.Domain.Numerals;

namespace Rectification.Domain.Import.Parsing;

/// <summary>Top-level section headings such as 二、整改进展情况及成效 (numbered with Chinese numerals).</summary>
internal static partial class SectionHeading
{
    public const int Findings = 2;
    public const string FindingsExample = "`二、整改进展情况及成效`";

    /// <summary>The section number of a heading line, or null when the line is not a section heading.</summary>
    public static int? NumberOf(SourceLine line)
    {
        var match = Pattern().Match(line.Text);
        return match.Success && ChineseNumeral.TryParse(match.Groups["numeral"].Value, out var value) ? value : null;
    }

    public static bool IsHeading(SourceLine line) => NumberOf(line) is not null;

    [GeneratedRegex(@"^(?<numeral>[一二三四五六七八九十]{1,3})[、．.]\s*\S")]
    private static partial Regex Pattern();
}
