using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Queries;

/// <summary>
/// Holds the latest <see cref="LedgerSnapshot"/> for the whole process and hands it out while the ledger's revision
/// stamp says it is current: one small read per turn instead of a dozen queries, and never stale, since every
/// instance's changes renew the stamp in their own transaction.
/// </summary>
public sealed class LedgerSnapshots
{
    // Per instance, not static: a compiled query belongs to one model, and a host has one (tests have several).
    private readonly Func<LedgerDbContext, CancellationToken, Task<Guid>> readRevision = EF.CompileAsyncQuery(
        (LedgerDbContext db, CancellationToken _) => db.Revisions.Where(r => r.Id == LedgerRevision.SingletonId).Select(r => r.Stamp).FirstOrDefault());

    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile LedgerSnapshot? latest;

    public async Task<LedgerSnapshot> CurrentAsync(LedgerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var revision = await readRevision(db, cancellationToken);
        if (latest is { } known && known.Revision == revision)
        {
            return known;
        }

        // One load at a time: after a change every turn would otherwise load the same ledger at once.
        await loading.WaitAsync(cancellationToken);
        try
        {
            revision = await readRevision(db, cancellationToken);
            if (latest is { } loaded && loaded.Revision == revision)
            {
                return loaded;
            }

            var snapshot = await LedgerSnapshot.LoadAsync(db, revision, cancellationToken);
            latest = snapshot;
            return snapshot;
        }
        finally
        {
            loading.Release();
        }
    }
}
