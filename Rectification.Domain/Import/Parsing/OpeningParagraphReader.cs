using System.Text.RegularExpressions;

namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// Reads who inspected whom, the inspection period and the feedback date from the first paragraph, e.g.
/// "…,2023年7月13日至2023年8月31日,市委第六巡察组对中共武汉市委金融委员会办公室(原…)进行了巡察。
/// 2023年10月16日,市委第六巡察组向市金融局党组反馈巡察意见。…".
/// </summary>
internal static partial class OpeningParagraphReader
{
    private const string Example = "`2023年7月13日至2023年8月31日,市委第六巡察组对…进行了巡察。2023年10月16日,…反馈巡察意见`";

    public static OpeningParagraph Read(IReadOnlyList<SourceLine> lines, DateOnly announcementDate)
    {
        var index = SourceText.NextContentIndex(lines, 0);
        if (index < 0)
        {
            throw new AnnouncementFormatException(1, $"expected the opening paragraph naming the inspection, like {Example}, found an empty document");
        }

        var line = lines[index];
        var (periodStart, periodEnd) = ReadPeriod(line);
        var (group, organization) = ReadParties(line);
        var feedback = ReadFeedbackDate(line);
        var inspection = new ParsedInspection(group, organization, periodStart, periodEnd, feedback, announcementDate);
        return new OpeningParagraph(inspection, index);
    }

    private static (DateOnly Start, DateOnly End) ReadPeriod(SourceLine line)
    {
        var match = PeriodPattern().Match(line.Text);
        if (!match.Success)
        {
            throw Missing(line, "the inspection period like `2023年7月13日至2023年8月31日`");
        }

        var start = ChineseDate.Read(match, "1", line.Number);
        var end = ChineseDate.Read(match, "2", line.Number, fallbackYear: start.Year);
        if (end < start)
        {
            throw new AnnouncementFormatException(line.Number, $"expected an inspection period that ends after it starts, found `{match.Value}`");
        }

        return (start, end);
    }

    private static (string Group, string Organization) ReadParties(SourceLine line)
    {
        var match = PartiesPattern().Match(line.Text);
        if (!match.Success)
        {
            throw Missing(line, "who inspected whom, like `市委第六巡察组对…进行了巡察`");
        }

        var organization = match.Groups["org"].Value.Trim();
        var aside = TrailingAsidePattern().Match(organization);
        return (match.Groups["group"].Value.Trim(), aside.Success ? aside.Groups["name"].Value : organization);
    }

    private static DateOnly ReadFeedbackDate(SourceLine line)
    {
        var match = FeedbackPattern().Match(line.Text);
        if (!match.Success)
        {
            throw Missing(line, "the feedback date, like `2023年10月16日,市委第六巡察组向…反馈巡察意见`");
        }

        return ChineseDate.Read(match, string.Empty, line.Number);
    }

    private static AnnouncementFormatException Missing(SourceLine line, string what) =>
        new(line.Number, $"expected the opening paragraph to state {what}, found {line.Quoted}");

    [GeneratedRegex(@"(?<y1>\d{4})年(?<m1>\d{1,2})月(?<d1>\d{1,2})日\s*(?:至|到|[-－—~～])\s*(?:(?<y2>\d{4})年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日")]
    private static partial Regex PeriodPattern();

    // The group ends in 巡察组 (or 巡视组) and contains no clause punctuation, so the match starts after the comma.
    [GeneratedRegex(@"(?<group>[^，,。；;：:、\s]+?巡[察视]组)\s*对\s*(?<org>[^。]+?)\s*进行了?(?:专项)?巡[察视]")]
    private static partial Regex PartiesPattern();

    [GeneratedRegex(@"^(?<name>.+?)\s*[(（][^()（）]*[)）]$")]
    private static partial Regex TrailingAsidePattern();

    [GeneratedRegex(@"(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日\s*[，,]?[^。]*?向[^。]*?反馈")]
    private static partial Regex FeedbackPattern();
}
