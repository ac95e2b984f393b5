using System.Text.RegularExpressions;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A calendar date as people write one: 2024-12-31, 2024/12/31, 2024.12.31, 20241231, 2024年12月31日 (日 or 号).
/// A date without a year, or one that does not exist (2024-02-30), is not a date: it is asked about, never guessed.
/// </summary>
public static partial class DateMentions
{
    /// <summary>The first date in the text, and where it stands; null when there is none.</summary>
    public static (DateOnly Date, int Start, int Length)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Date().Matches(text))
        {
            if (ToDate(match) is { } date)
            {
                return (date, match.Index, match.Length);
            }
        }

        return null;
    }

    /// <summary>Whether the whole text is one date.</summary>
    public static bool TryParseExactly(string? text, out DateOnly date)
    {
        date = default;
        var match = Date().Match(text?.Trim() ?? string.Empty);
        if (!match.Success || match.Length != text!.Trim().Length || ToDate(match) is not { } found)
        {
            return false;
        }

        date = found;
        return true;
    }

    private static DateOnly? ToDate(Match match) =>
        int.TryParse(match.Groups["y"].Value, out var year) && int.TryParse(match.Groups["m"].Value, out var month)
        && int.TryParse(match.Groups["d"].Value, out var day)
        && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(
        @"(?<![0-9])((?<y>[0-9]{4})\s*(年|-|/|\.)\s*(?<m>[0-9]{1,2})\s*(月|-|/|\.)\s*(?<d>[0-9]{1,2})\s*(日|号)?|(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2}))(?![0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Date();
}
