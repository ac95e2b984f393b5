using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Reporting;

/// <summary>
/// Loads what <see cref="DigestBuilder"/> needs of one inspection round: the one a subscription covers, else the
/// one <see cref="LedgerQueries.CurrentInspectionAsync"/> names (the scope's round).
/// </summary>
public sealed class DigestSource(LedgerDbContext db, LedgerQueries queries, Supervision.SupervisionLadder? ladder = null)
{
    /// <summary>The digest of <paramref name="period"/> as of <paramref name="now"/>, from <see cref="LoadRoundAsync"/>.</summary>
    public async Task<DigestReport> BuildAsync(DigestPeriod period, DateTimeOffset now, DigestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(await LoadRoundAsync(period, round: null, options.MaxChangeLines, cancellationToken), period, now, options);
    }

    /// <summary>The digest of a loaded round, overdue counted on the office's calendar (plain weekdays when none was given).</summary>
    public DigestReport Build(DigestRound round, DigestPeriod period, DateTimeOffset now, DigestOptions options) =>
        DigestBuilder.Build(round, period, now, options, ladder);

    /// <summary>
    /// The current round as the digest counts it, aggregated by the database: per finding its columns, measure
    /// counts and latest entry instant; the entries recorded in <paramref name="period"/> counted (per kind, status
    /// changes, findings touched) and only the latest of them read — where <see cref="LoadFindingsAsync"/> would load
    /// every entry of the round, and a busy week of a 100,000-finding round holds 50,000. Empty before any import.
    /// </summary>
    public Task<DigestRound> LoadRoundAsync(DigestPeriod period, CancellationToken cancellationToken) =>
        LoadRoundAsync(period, round: null, DigestOptions.Default.MaxChangeLines, cancellationToken);

    /// <param name="round">The inspection to cover; null for the round the queries' scope works in.</param>
    /// <param name="latestChanges">How many of the period's latest entries to read: the digest's
    /// <see cref="DigestOptions.MaxChangeLines"/>.</param>
    public async Task<DigestRound> LoadRoundAsync(DigestPeriod period, int? round, int latestChanges, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(latestChanges);
        ArgumentNullException.ThrowIfNull(period);
        var inspectionId = round ?? (await queries.CurrentInspectionAsync(cancellationToken))?.Id;
        if (inspectionId is not { } id)
        {
            return DigestRound.Empty;
        }

        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.InspectionId == id)
            .Select(f => new DigestFindingRow(
                f.Number,
                f.Title,
                f.Status,
                f.ResponsibleDepartment,
                f.Deadline,
                f.Measures.Count(),
                f.Measures.Count(m => m.Status == MeasureStatus.Completed),
                f.History.Where(e => e.Kind != ProgressEntryKind.SupervisionChange).Max(e => (DateTime?)e.RecordedAtUtc)))
            .ToListAsync(cancellationToken);

        var (start, end) = (period.StartUtc, period.EndUtc);
        var inPeriod = db.ProgressEntries.AsNoTracking()
            .Where(e => e.RecordedAtUtc >= start && e.RecordedAtUtc < end && e.Finding!.InspectionId == id);
        var latest = await inPeriod
            .OrderByDescending(e => e.RecordedAtUtc).ThenByDescending(e => e.Id)
            .Take(latestChanges)
            .Select(e => new DigestEntryRow(e.Id, 0, new DigestChange(
                e.Finding!.Number, e.Finding.Title, e.Kind, e.AuthorName, e.RecordedAtUtc, e.MeasureOrdinal,
                e.MeasureStatusBefore, e.MeasureStatusAfter, e.PercentBefore, e.PercentAfter, e.FindingStatusBefore, e.FindingStatusAfter)))
            .ToListAsync(cancellationToken);
        return new DigestRound(findings, latest) { Counts = await CountAsync(inPeriod, cancellationToken) };
    }

    /// <summary>The period's entries counted by the database: per kind (with the status changes among them), and the
    /// findings touched.</summary>
    private static async Task<DigestEntryCounts> CountAsync(IQueryable<ProgressEntry> inPeriod, CancellationToken cancellationToken)
    {
        var kinds = await inPeriod
            .GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count(), StatusChanges = g.Count(e => e.FindingStatusBefore != e.FindingStatusAfter) })
            .ToListAsync(cancellationToken);
        var findingsChanged = await inPeriod.Select(e => e.FindingId).Distinct().CountAsync(cancellationToken);
        return new DigestEntryCounts(
            kinds.Sum(k => k.Count),
            kinds.OrderBy(k => k.Kind).Select(k => new DigestKindCount(k.Kind, k.Count)).ToList().AsReadOnly(),
            kinds.Sum(k => k.StatusChanges),
            findingsChanged);
    }

    /// <summary>
    /// The findings of the current inspection round (the one <see cref="LedgerQueries.CurrentInspectionAsync"/>
    /// names), ordered by number, untracked, each with its measures and whole history; empty before any import.
    /// </summary>
    public async Task<IReadOnlyList<Finding>> LoadFindingsAsync(CancellationToken cancellationToken)
    {
        var inspection = await queries.CurrentInspectionAsync(cancellationToken);
        if (inspection is null)
        {
            return [];
        }

        return await db.Findings.AsNoTracking()
            .Where(f => f.InspectionId == inspection.Id)
            .Include(f => f.Measures)
            .Include(f => f.History)
            .AsSplitQuery()
            .OrderBy(f => f.Number)
            .ToListAsync(cancellationToken);
    }
}
