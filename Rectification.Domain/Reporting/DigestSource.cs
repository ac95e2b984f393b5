using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Reporting;

/// <summary>Loads what <see cref="DigestBuilder"/> needs: the current round's findings with measures and history.</summary>
public sealed class DigestSource(LedgerDbContext db, LedgerQueries queries)
{
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
