using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Queries;

/// <summary>
/// Holds the latest <see cref="LedgerSnapshot"/> of each round asked for, for the whole process, and hands one out
/// while the ledger's revision stamp says it is current: one small read per turn instead of a dozen queries, and
/// never stale, since every instance's changes renew the stamp in their own transaction.
/// </summary>
public sealed class LedgerSnapshots
{
    // The key of the round announced last, which most turns ask for; inspection ids start at 1.
    private const int LatestRound = 0;

    // Per instance, not static: a compiled query belongs to one model, and a host has one (tests have several).
    private readonly Func<LedgerDbContext, CancellationToken, Task<Guid>> readRevision = EF.CompileAsyncQuery(
        (LedgerDbContext db, CancellationToken _) => db.Revisions.Where(r => r.Id == LedgerRevision.SingletonId).Select(r => r.Stamp).FirstOrDefault());

    private readonly SemaphoreSlim loading = new(1, 1);
    private readonly ConcurrentDictionary<int, LedgerSnapshot> latest = new();

    /// <param name="round">The inspection whose findings the snapshot holds; null for the one announced last.</param>
    public async Task<LedgerSnapshot> CurrentAsync(LedgerDbContext db, int? round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = round ?? LatestRound;
        var revision = await readRevision(db, cancellationToken);
        if (latest.TryGetValue(key, out var known) && known.Revision == revision)
        {
            return known;
        }

        // One load at a time: after a change every turn would otherwise load the same ledger at once.
        await loading.WaitAsync(cancellationToken);
        try
        {
            revision = await readRevision(db, cancellationToken);
            if (latest.TryGetValue(key, out var loaded) && loaded.Revision == revision)
            {
                return loaded;
            }

            var snapshot = await LedgerSnapshot.LoadAsync(db, revision, round, cancellationToken);
            // Snapshots of an older revision are of no use to anyone any more.
            foreach (var stale in latest.Where(pair => pair.Value.Revision != revision).ToList())
            {
                latest.TryRemove(stale);
            }

            latest[key] = snapshot;
            return snapshot;
        }
        finally
        {
            loading.Release();
        }
    }
}
