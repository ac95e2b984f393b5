using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Queries;

/// <summary>The ledger's inspection rounds, numbered as people name them.</summary>
public sealed class LedgerRounds(LedgerDbContext db)
{
    /// <summary>Every round, in round order (the earliest fed back first), the one announced last marked.</summary>
    public async Task<IReadOnlyList<InspectionRound>> ListAsync(CancellationToken cancellationToken)
    {
        var latestId = await db.Inspections.AsNoTracking().LatestFirst().Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
        var rows = await db.Inspections.AsNoTracking().InRoundOrder()
            .Select(i => new { i.Id, i.InspectionGroup, i.InspectedOrganization, i.FeedbackDate, i.AnnouncementDate, Findings = db.Findings.Count(f => f.InspectionId == i.Id) })
            .ToListAsync(cancellationToken);
        return rows.Select((r, index) => new InspectionRound(
            index + 1, r.Id, r.InspectionGroup, r.InspectedOrganization, r.FeedbackDate, r.AnnouncementDate, r.Findings, r.Id == latestId)).ToList();
    }

    /// <summary>
    /// The round a conversation works in: the one it chose, while it still exists, else the one announced last;
    /// null before any import.
    /// </summary>
    public static InspectionRound? Effective(IReadOnlyList<InspectionRound> rounds, int? chosen)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        return rounds.FirstOrDefault(r => r.InspectionId == chosen) ?? rounds.FirstOrDefault(r => r.IsLatest);
    }
}
