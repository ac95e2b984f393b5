using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Storage;

namespace Rectification.Domain.People;

/// <summary>
/// Remembers the unknown people who wrote to the bot (realm, ids, the name shown, when) for
/// <see cref="RecentVisitor.Retention"/>, so an administrator can add one by name. Older rows are dropped as new ones come.
/// </summary>
public sealed class RecentVisitors(LedgerDbContext db, RecentVisitors.Sightings sightings, TimeProvider clock)
{
    /// <summary>Rows are touched at most this often per account, so a chatty visitor does not write on every message.</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    public async Task RecordAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (IdentityRealm.Parse(identity.Realm) is not { } realm || string.IsNullOrWhiteSpace(identity.UserId))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var userId = identity.UserId.Trim();
        var shownName = (identity.DisplayName ?? userId).Trim();
        if (sightings.IsCurrent((realm, userId), shownName, now))
        {
            return;
        }

        var visitor = await db.RecentVisitors.FirstOrDefaultAsync(v => v.Realm == realm && v.UserId == userId, cancellationToken);
        if (visitor is not null && now - visitor.SeenAtUtc < RefreshInterval && visitor.IsNamed(shownName))
        {
            sightings.Remember((realm, userId), shownName, visitor.SeenAtUtc);
            return;
        }

        if (visitor is null)
        {
            db.RecentVisitors.Add(new RecentVisitor(identity, now));
        }
        else
        {
            visitor.Seen(identity, now);
        }

        var cutoff = now - RecentVisitor.Retention;
        await db.RecentVisitors.Where(v => v.SeenAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            sightings.Remember((realm, userId), shownName, now);
        }
        catch (DbUpdateException)
        {
            // Another instance recorded the same visitor at the same moment; one row is all that is needed.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The recent visitors the channel showed by this name, most recent first (a visitor is forgotten once registered).</summary>
    public async Task<IReadOnlyList<RecentVisitor>> NamedAsync(string name, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - RecentVisitor.Retention;
        var recent = await db.RecentVisitors.AsNoTracking().Where(v => v.SeenAtUtc >= cutoff).ToListAsync(cancellationToken);
        return recent.Where(v => v.IsNamed(name)).OrderByDescending(v => v.SeenAtUtc).ToList();
    }

    /// <summary>Forgets a visitor once they are registered.</summary>
    public Task ForgetAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var realm = IdentityRealm.Parse(identity.Realm);
        var userId = identity.UserId.Trim();
        if (realm is not null)
        {
            sightings.Forget((realm, userId));
        }

        return db.RecentVisitors.Where(v => v.Realm == realm && v.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The visitors this process recorded within the refresh interval (realm and id → the name shown), for the whole process.</summary>
    public sealed class Sightings() : RecentlyStored<(string Realm, string UserId), string>(RefreshInterval);
}
