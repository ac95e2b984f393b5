using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// A finding heading, <c>N.关于“…”的问题</c>. Tolerated as published: 的问题 may be missing (item 29), a final 。
/// may follow (items 11 and 26), the number may be followed by . ． or 、, and the quotes may be “” or ASCII.
/// </summary>
internal static partial class FindingHeading
{
    public static string Example(int number) => $"`{number}.关于“…”的问题`";

    /// <summary>The number and the title between the quotes, or null when the line is not a finding heading.</summary>
    public static (int Number, string Title)? TryParse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = int.Parse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return (number, match.Groups["title"].Value.Trim());
    }

    // The title is greedy so that quotes inside it (‘重申轻建’, or a nested “…”) stay in the title.
    [GeneratedRegex(@"^(?<number>\d{1,3})\s*[.．、]\s*关于\s*[“""](?<title>.*\S.*)[”""]\s*(?:的问题)?\s*[。.．]?$")]
    private static partial Regex Pattern();
}
