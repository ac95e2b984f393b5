using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Queries;

/// <summary>
/// Read-side questions about the current inspection round (the one announced last). Queries are
/// untracked: callers that change a finding load it through <see cref="LoadFindingForUpdateAsync"/>.
/// </summary>
public sealed class LedgerQueries(LedgerDbContext db)
{
    public Task<Inspection?> CurrentInspectionAsync(CancellationToken cancellationToken) =>
        db.Inspections.AsNoTracking()
            .OrderByDescending(i => i.AnnouncementDate).ThenByDescending(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The numbers findings may have in the current round (1…29 for the reference round).</summary>
    public async Task<IReadOnlyList<int>> FindingNumbersAsync(CancellationToken cancellationToken) =>
        await CurrentFindings().OrderBy(f => f.Number).Select(f => f.Number).ToListAsync(cancellationToken);

    public Task<Finding?> GetFindingAsync(int number, CancellationToken cancellationToken) =>
        WithDetails(CurrentFindings().AsNoTracking()).FirstOrDefaultAsync(f => f.Number == number, cancellationToken);

    public Task<Finding?> LoadFindingForUpdateAsync(int number, CancellationToken cancellationToken) =>
        WithDetails(CurrentFindings()).FirstOrDefaultAsync(f => f.Number == number, cancellationToken);

    public async Task<IReadOnlyList<FindingSummary>> ListFindingsAsync(FindingStatusFilter filter, CancellationToken cancellationToken)
    {
        var query = CurrentFindings().AsNoTracking();
        query = filter switch
        {
            FindingStatusFilter.Open => query.Where(f => f.Status == FindingStatus.InProgress),
            FindingStatusFilter.Completed => query.Where(f => f.Status != FindingStatus.InProgress),
            FindingStatusFilter.AwaitingSignOff => query.Where(f => f.Status == FindingStatus.Completed),
            FindingStatusFilter.SignedOff => query.Where(f => f.Status == FindingStatus.SignedOff),
            _ => query,
        };
        var rows = await query.OrderBy(f => f.Number).Select(f => new
        {
            f.Number, f.Title, f.Status, f.ResponsibleDepartment, f.Deadline,
            MeasureCount = f.Measures.Count,
            Completed = f.Measures.Count(m => m.Status == MeasureStatus.Completed),
            Last = f.History.OrderByDescending(e => e.RecordedAtUtc).ThenByDescending(e => e.Id)
                .Select(e => new { e.RecordedAtUtc, e.AuthorName }).FirstOrDefault(),
        }).ToListAsync(cancellationToken);
        return rows.Select(r => new FindingSummary(
            r.Number, r.Title, r.Status, r.MeasureCount, r.Completed, r.ResponsibleDepartment, r.Deadline,
            r.Last?.RecordedAtUtc, r.Last?.AuthorName)).ToList();
    }

    public async Task<IReadOnlyList<FindingSearchText>> SearchTextsAsync(CancellationToken cancellationToken)
    {
        var rows = await CurrentFindings().AsNoTracking().OrderBy(f => f.Number)
            .Select(f => new
            {
                f.Number,
                f.Title,
                Measures = f.Measures.OrderBy(m => m.Ordinal).Select(m => m.Text).ToList(),
                NextSteps = f.NextSteps.OrderBy(s => s.Ordinal).Select(s => s.Text).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new FindingSearchText(r.Number, r.Title, r.Measures, r.NextSteps)).ToList();
    }

    private IQueryable<Finding> CurrentFindings()
    {
        var currentInspectionId = db.Inspections
            .OrderByDescending(i => i.AnnouncementDate).ThenByDescending(i => i.Id)
            .Select(i => i.Id).Take(1);
        return db.Findings.Where(f => currentInspectionId.Contains(f.InspectionId));
    }

    private static IQueryable<Finding> WithDetails(IQueryable<Finding> findings) =>
        findings.Include(f => f.Measures).Include(f => f.NextSteps).Include(f => f.History).AsSplitQuery();
}
