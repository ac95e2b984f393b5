using Rectification.Domain.Findings;

namespace Rectification.Domain.LedgerFiles;

/// <summary>
/// What the progress charts show, computed from the ledger: findings by status, measures completed over time (from the
/// history), and findings by department with how many are done. The labels are the ledger file's (the office's language).
/// </summary>
public sealed record ProgressChartData(
    IReadOnlyList<ChartBar> ByStatus,
    IReadOnlyList<ChartPoint> CompletedMeasures,
    IReadOnlyList<DepartmentBar> ByDepartment)
{
    public const string StatusTitle = "问题整改状态";
    public const string OverTimeTitle = "整改措施完成数（累计）";
    public const string DepartmentTitle = "各责任部门问题整改情况";
    public const string FindingsLabel = "问题数";
    public const string DoneLabel = "已完成";
    public const string TotalLabel = "合计";

    /// <param name="today">The day the chart is drawn: the running count ends there, so the time axis spans the rectification so far.</param>
    public static ProgressChartData From(IReadOnlyList<Finding> findings, DateOnly announcementDate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var byStatus = Enum.GetValues<FindingStatus>().Select(s => new ChartBar(LedgerColumns.FindingStatusWord(s), findings.Count(f => f.Status == s))).ToList();
        var byDepartment = findings.GroupBy(f => f.ResponsibleDepartment ?? "未明确").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentBar(g.Key, g.Count(), g.Count(f => f.Status != FindingStatus.InProgress))).ToList();
        return new ProgressChartData(byStatus, CompletedOverTime(findings, announcementDate, today), byDepartment);
    }

    /// <summary>
    /// The running count of completed measures: what the announcement reported on its date, then one step per history
    /// entry that completed a measure or took a completed one back. Corrections count as what they record.
    /// </summary>
    private static List<ChartPoint> CompletedOverTime(IReadOnlyList<Finding> findings, DateOnly announcementDate, DateOnly today)
    {
        var changes = findings.SelectMany(f => f.History)
            .Where(e => e.MeasureOrdinal is not null && e.Kind is ProgressEntryKind.Progress or ProgressEntryKind.MeasureAdded or ProgressEntryKind.Correction)
            .Select(e => (Day: DateOnly.FromDateTime(e.RecordedAtUtc), Step: Step(e)))
            .Where(c => c.Step != 0).OrderBy(c => c.Day).ToList();
        var completedNow = findings.Sum(f => f.Measures.Count(m => m.Status == MeasureStatus.Completed));
        var running = completedNow - changes.Sum(c => c.Step);
        var points = new List<ChartPoint> { new(announcementDate, running) };
        foreach (var day in changes.GroupBy(c => c.Day))
        {
            running += day.Sum(c => c.Step);
            points.Add(new ChartPoint(day.Key, running));
        }

        if (today > points[^1].Day)
        {
            points.Add(new ChartPoint(today, running));
        }

        return points;
    }

    private static int Step(ProgressEntry entry) =>
        (entry.MeasureStatusBefore == MeasureStatus.Completed, entry.MeasureStatusAfter == MeasureStatus.Completed) switch
        {
            (false, true) => 1,
            (true, false) => -1,
            _ => 0,
        };
}

public sealed record ChartBar(string Label, int Value);

public sealed record ChartPoint(DateOnly Day, int Value);

public sealed record DepartmentBar(string Department, int Findings, int Done);
