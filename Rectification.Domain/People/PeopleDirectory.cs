using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Domain.People;

/// <summary>Finds people by their accounts (channel identities) and answers "whom to ask". Read-only.</summary>
public sealed class PeopleDirectory(LedgerDbContext db, LedgerQueries ledger)
{
    /// <summary>
    /// The actor behind a channel message: the registered person (active or not) who has this account in its realm,
    /// found by either of its ids; otherwise an unknown actor named as the channel shows them. Role and department
    /// are the person's, whichever channel they write from.
    /// </summary>
    /// <remarks>Read on every turn, so from the ledger's snapshot: the person is shared and must not be changed.</remarks>
    /// <param name="channel">The channel id the message came through (msteams, telegram, …), recorded with entries.</param>
    public async Task<Actor> IdentifyAsync(ChannelIdentity identity, string? channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var ids = identity.Ids;
        var person = ids.Count > 0 && IdentityRealm.Parse(identity.Realm) is { } realm
            ? (await ledger.SnapshotAsync(cancellationToken)).FindPerson(realm, ids)
            : null;
        if (person is not null)
        {
            return Actor.For(person, channel);
        }

        var name = string.IsNullOrWhiteSpace(identity.DisplayName) ? identity.UserId : identity.DisplayName.Trim();
        return new Actor(null, new ProgressAuthor(identity.UserId, name, ProgressSource.Chat, channel));
    }

    /// <summary>The person who has this account (by either id, in its realm), active or not; tracked, so callers may change it.</summary>
    public async Task<Person?> FindAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var ids = identity.Ids;
        if (ids.Count == 0 || IdentityRealm.Parse(identity.Realm) is not { } realm)
        {
            return null;
        }

        var candidates = await db.People
            .Where(p => p.Identities.Any(i => i.Realm == realm && (ids.Contains(i.UserId) || (i.AlternateUserId != null && ids.Contains(i.AlternateUserId)))))
            .ToListAsync(cancellationToken);

        return Preferred(candidates, realm, ids);
    }

    /// <summary>
    /// Of the people who hold an account's ids, the one it belongs to. Ids are unique per realm, so two candidates only
    /// happen when the two ids of one account were registered to two people: an active record over a removed one, and
    /// the channel's own id (the first) over the alternate one.
    /// </summary>
    internal static Person? Preferred(IEnumerable<Person> candidates, string realm, IReadOnlyList<string> ids) =>
        candidates
            .OrderByDescending(p => p.Active)
            .ThenByDescending(p => p.Identities.Any(i => i.Realm == realm && string.Equals(i.UserId, ids[0], StringComparison.Ordinal)))
            .FirstOrDefault();

    /// <summary>
    /// The person an administrator named by a typed id: the person key, or either id of any of their accounts (in
    /// any realm, or only in <paramref name="realm"/> when given); active or not, tracked. Null when nobody, or
    /// when the id names accounts of several people (the realm then tells them apart).
    /// </summary>
    public async Task<Person?> FindByReferenceAsync(string? reference, string? realm, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        var id = reference.Trim();
        var byKey = realm is null ? await db.People.FirstOrDefaultAsync(p => p.Key == id, cancellationToken) : null;
        if (byKey is not null)
        {
            return byKey;
        }

        var holders = await db.People
            .Where(p => p.Identities.Any(i => (realm == null || i.Realm == realm) && (i.UserId == id || i.AlternateUserId == id)))
            .Take(2)
            .ToListAsync(cancellationToken);
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>Whether a person key is already taken (keys are never reused, so old history keeps one author).</summary>
    public Task<bool> KeyTakenAsync(string key, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.Key == key.Trim(), cancellationToken);

    public async Task<IReadOnlyList<Person>> ListAsync(bool includeInactive, CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        if (!includeInactive)
        {
            query = query.Where(p => p.Active);
        }

        var people = await query.ToListAsync(cancellationToken);
        return people
            .OrderBy(p => p.Role switch { PersonRole.Admin => 0, PersonRole.Leader => 1, _ => 2 })
            .ThenBy(p => p.Department ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The active people with a role: whom a refused person should ask (see <see cref="RefusalReasons.WhomToAsk"/>).</summary>
    public async Task<IReadOnlyList<Person>> ContactsAsync(PersonRole role, CancellationToken cancellationToken) =>
        (await ListAsync(includeInactive: false, cancellationToken)).Where(p => p.Role == role).ToList();

    /// <summary>The active staff who may report on a department's findings.</summary>
    public async Task<IReadOnlyList<Person>> DepartmentStaffAsync(string department, CancellationToken cancellationToken) =>
        (await ListAsync(includeInactive: false, cancellationToken))
            .Where(p => p.Role == PersonRole.Staff && p.BelongsTo(department)).ToList();
}
