using Rectification.Domain.Supervision;

namespace Rectification.Domain.Reporting;

/// <summary>
/// The digest's supervision section (督办情况): the in-progress findings on each colour of the ladder, red first, and the
/// findings follow-up checks found back (反弹回潮) with their counts.
/// </summary>
public sealed record DigestSupervision(IReadOnlyList<DigestColourGroup> Colours, IReadOnlyList<DigestRecurrence> Recurrences)
{
    public static DigestSupervision Empty { get; } = new([], []);

    public bool IsEmpty => Colours.Count == 0 && Recurrences.Count == 0;
}

public sealed record DigestColourGroup(SupervisionColour Colour, IReadOnlyList<int> FindingNumbers);

public sealed record DigestRecurrence(int FindingNumber, int Count);

/// <summary>The findings the reader is the responsible leader of (责任领导): their digest puts these first.</summary>
public sealed record DigestAccountability(string LeaderName, IReadOnlyList<int> FindingNumbers)
{
    /// <summary>
    /// The report with the reader's findings first in every list it spells out (the order among them, and among the rest,
    /// kept), and this accountability named at its top.
    /// </summary>
    public DigestReport Apply(DigestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var mine = FindingNumbers.ToHashSet();
        int Rank(int number) => mine.Contains(number) ? 0 : 1;
        return report with
        {
            Accountability = this,
            Changes = report.Changes with { Shown = [.. report.Changes.Shown.OrderBy(c => Rank(c.FindingNumber))] },
            Overdue = report.Overdue with { Shown = [.. report.Overdue.Shown.OrderBy(i => Rank(i.Number))] },
            DueSoon = report.DueSoon with { Shown = [.. report.DueSoon.Shown.OrderBy(i => Rank(i.Number))] },
            Stalled = report.Stalled with { Shown = [.. report.Stalled.Shown.OrderBy(i => Rank(i.Number))] },
            Supervision = report.Supervision with
            {
                Colours = [.. report.Supervision.Colours.Select(g => g with { FindingNumbers = [.. g.FindingNumbers.OrderBy(Rank)] })],
            },
        };
    }
}
