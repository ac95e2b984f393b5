using System.Collections.Immutable;
using Rectification.Domain.Findings;

namespace Rectification.Domain.Import;

/// <summary>
/// The initial-status rule, stated so anyone can check it against the published text:
/// <list type="number">
/// <item>Every sentence or clause that begins with 下一步 or 下步 — at the start of the body or right after
/// 。，,；; — runs to the next 。 (or the end of the body) and is split out of the measure as a next step of the
/// finding. Clauses count too because item 14 writes "…意向人选,下步将依法依规加快…。".</item>
/// <item>A measure whose remaining text contains 待, 正在 or 筹划 is in progress; otherwise it is completed, as
/// reported on the announcement date.</item>
/// <item>A finding is in progress when any of its measures is in progress or it has next steps; otherwise it is
/// completed.</item>
/// </list>
/// The markers are matched literally. The 2024-06-18 announcement was checked for 待 inside other words
/// (对待, 接待, 待遇, 期待, …): there are none; its two hits (items 18 and 27) are both 待…后, "once … is done",
/// i.e. work still outstanding. A future document with such a word would need this rule revisited.
/// </summary>
public static class AnnouncementStatusRule
{
    /// <summary>Words that mark a measure as still under way.</summary>
    public static readonly ImmutableArray<string> InProgressMarkers = ["待", "正在", "筹划"];

    public static MeasureStatus ForMeasure(string measureText)
    {
        ArgumentNullException.ThrowIfNull(measureText);
        var open = InProgressMarkers.Any(marker => measureText.Contains(marker, StringComparison.Ordinal));
        return open ? MeasureStatus.InProgress : MeasureStatus.Completed;
    }

    public static FindingStatus ForFinding(IEnumerable<ParsedMeasure> measures, int nextStepCount)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var open = nextStepCount > 0 || measures.Any(m => m.Status != MeasureStatus.Completed);
        return open ? FindingStatus.InProgress : FindingStatus.Completed;
    }
}
