using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Reporting;

/// <summary>
/// Loads what <see cref="DigestBuilder"/> needs of the current inspection round (the one
/// <see cref="LedgerQueries.CurrentInspectionAsync"/> names; earlier rounds are not in any digest).
/// </summary>
public sealed class DigestSource(LedgerDbContext db, LedgerQueries queries)
{
    /// <summary>The digest of <paramref name="period"/> as of <paramref name="now"/>, from <see cref="LoadRoundAsync"/>.</summary>
    public async Task<DigestReport> BuildAsync(DigestPeriod period, DateTimeOffset now, DigestOptions options, CancellationToken cancellationToken) =>
        DigestBuilder.Build(await LoadRoundAsync(period, cancellationToken), period, now, options);

    /// <summary>
    /// The current round as the digest counts it, aggregated by the database: per finding its columns, measure
    /// counts and latest entry instant, and only the entries recorded in <paramref name="period"/> — a few
    /// thousand rows for a round of 100,000 findings, where <see cref="LoadFindingsAsync"/> would load every entry.
    /// Empty before any import.
    /// </summary>
    public async Task<DigestRound> LoadRoundAsync(DigestPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var inspection = await queries.CurrentInspectionAsync(cancellationToken);
        if (inspection is null)
        {
            return DigestRound.Empty;
        }

        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.InspectionId == inspection.Id)
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
        var entries = await db.ProgressEntries.AsNoTracking()
            .Where(e => e.RecordedAtUtc >= start && e.RecordedAtUtc < end && e.Finding!.InspectionId == inspection.Id)
            .Select(e => new DigestEntryRow(e.Id, 0, new DigestChange(
                e.Finding!.Number, e.Finding.Title, e.Kind, e.AuthorName, e.RecordedAtUtc, e.MeasureOrdinal,
                e.MeasureStatusBefore, e.MeasureStatusAfter, e.PercentBefore, e.PercentAfter, e.FindingStatusBefore, e.FindingStatusAfter)))
            .ToListAsync(cancellationToken);
        return new DigestRound(findings, entries);
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
