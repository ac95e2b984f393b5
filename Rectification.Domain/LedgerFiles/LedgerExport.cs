using Rectification.Domain.Findings;

namespace Rectification.Domain.LedgerFiles;

/// <summary>
/// The ledger file's contents from the findings of a round: the ledger sheet (one row per measure, then one per next
/// step marked 下一步) and the summary sheet (findings by status and by department, and the 整改率).
/// </summary>
public static class LedgerExport
{
    private static readonly double[] Widths = [16, 40, 12, 50, 20, 12, 20, 12, 14, 50, 30, 17, 9];

    public static LedgerSheet LedgerSheet(IReadOnlyList<Finding> findings, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var columns = LedgerColumns.Headers.Select((header, i) => new LedgerColumn(header, Widths[i])).ToList();
        var rows = new List<IReadOnlyList<LedgerCell>>();
        foreach (var finding in findings.OrderBy(f => f.Number))
        {
            var history = finding.CurrentHistory();
            foreach (var measure in finding.Measures.OrderBy(m => m.Ordinal))
            {
                var latest = history.LastOrDefault(e => e.MeasureOrdinal == measure.Ordinal) ?? history.LastOrDefault(e => e.MeasureOrdinal is null && e.NextStepOrdinal is null);
                rows.Add(Row(finding, LedgerRowKey.ForMeasure(finding.Number, measure.Ordinal), measure.Text,
                    LedgerColumns.MeasureStatusWord(measure.Status), latest, zone));
            }

            foreach (var step in finding.NextSteps.OrderBy(s => s.Ordinal))
            {
                rows.Add(Row(finding, LedgerRowKey.ForNextStep(finding.Number, step.Ordinal), step.Text, LedgerColumns.NextStepMarker,
                    history.LastOrDefault(e => e.NextStepOrdinal == step.Ordinal), zone));
            }
        }

        return new LedgerSheet(LedgerColumns.LedgerSheet, columns, rows);
    }

    public static LedgerSheet SummarySheet(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var rows = new List<IReadOnlyList<LedgerCell>>();
        foreach (var status in Enum.GetValues<FindingStatus>())
        {
            rows.Add([new TextCell("按整改状态"), new TextCell(LedgerColumns.FindingStatusWord(status)), new NumberCell(findings.Count(f => f.Status == status)), LedgerCell.Empty]);
        }

        foreach (var department in findings.GroupBy(f => f.ResponsibleDepartment ?? "未明确").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            rows.Add([new TextCell("按责任部门"), new TextCell(department.Key), new NumberCell(department.Count()), Rate(department.ToList())]);
        }

        rows.Add([new TextCell("合计"), new TextCell("问题"), new NumberCell(findings.Count), Rate(findings)]);
        var measures = findings.SelectMany(f => f.Measures).ToList();
        rows.Add([new TextCell("合计"), new TextCell("整改措施"), new NumberCell(measures.Count),
            measures.Count == 0 ? LedgerCell.Empty : new PercentCell((double)measures.Count(m => m.Status == MeasureStatus.Completed) / measures.Count)]);
        var columns = new List<LedgerColumn> { new("分类", 14), new("项目", 30), new("数量", 10), new("整改率", 12) };
        return new LedgerSheet(LedgerColumns.SummarySheet, columns, rows);
    }

    /// <summary>整改率: the share of findings whose measures are all done (awaiting sign-off or signed off).</summary>
    public static double RectificationRate(IReadOnlyCollection<Finding> findings) =>
        findings.Count == 0 ? 0 : (double)findings.Count(f => f.Status != FindingStatus.InProgress) / findings.Count;

    private static PercentCell Rate(IReadOnlyCollection<Finding> findings) => new(RectificationRate(findings));

    private static List<LedgerCell> Row(Finding finding, LedgerRowKey key, string text, string status, ProgressEntry? latest, TimeZoneInfo zone) =>
    [
        new TextCell(key.ToString()),
        new TextCell(finding.Title),
        LedgerCell.Of(finding.Category),
        new TextCell(text),
        // The ledger holds no target of its own yet; the column is kept so the office's layout stays whole.
        LedgerCell.Empty,
        LedgerCell.Of(finding.ResponsibleLeader),
        LedgerCell.Of(finding.ResponsibleDepartment),
        LedgerCell.Of(finding.Deadline),
        new TextCell(status),
        LedgerCell.Of(latest?.Description),
        LedgerCell.Of(latest is null ? null : EvidenceText(finding, latest)),
        latest is null ? LedgerCell.Empty : new DateTimeCell(TimeZoneInfo.ConvertTimeFromUtc(latest.RecordedAtUtc, zone)),
        new TextCell(finding.Status == FindingStatus.SignedOff ? LedgerColumns.Yes : LedgerColumns.No),
    ];

    private static string? EvidenceText(Finding finding, ProgressEntry entry)
    {
        var evidence = finding.EvidenceOf(entry).Select(e => string.Join(" ", new[] { e.Name, e.Url }.Where(p => !string.IsNullOrWhiteSpace(p)))).ToList();
        return evidence.Count == 0 ? null : string.Join("\n", evidence);
    }
}
