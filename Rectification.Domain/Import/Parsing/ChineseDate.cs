using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectification.Domain.Import.Parsing;

/// <summary>Reads dates written 2023年7月13日 from regex groups named y, m and d (with a suffix).</summary>
internal static class ChineseDate
{
    public static DateOnly Read(Match match, string suffix, int lineNumber, int? fallbackYear = null)
    {
        var yearGroup = match.Groups["y" + suffix];
        var year = yearGroup.Success ? Number(yearGroup) : fallbackYear ?? 0;
        var month = Number(match.Groups["m" + suffix]);
        var day = Number(match.Groups["d" + suffix]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new AnnouncementFormatException(lineNumber, $"expected a real calendar date, found `{match.Value}`");
        }

        return new DateOnly(year, month, day);
    }

    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
