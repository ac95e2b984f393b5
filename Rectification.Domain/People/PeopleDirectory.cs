using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Storage;

namespace Rectification.Domain.People;

/// <summary>Finds people by their channel identity and answers "whom to ask". Read-only.</summary>
public sealed class PeopleDirectory(LedgerDbContext db)
{
    /// <summary>
    /// The actor behind a channel message: the registered person (active or not) matched by the channel's user
    /// id or the AAD object id, either stored as the person's id or as their AAD id; otherwise an unknown actor
    /// named as the channel shows them.
    /// </summary>
    public async Task<Actor> IdentifyAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var person = await FindAsync(identity.UserId, identity.AadObjectId, cancellationToken);
        if (person is not null)
        {
            return Actor.For(person, identity.Channel);
        }

        var name = string.IsNullOrWhiteSpace(identity.DisplayName) ? identity.PreferredId : identity.DisplayName.Trim();
        return new Actor(null, new ProgressAuthor(identity.PreferredId, name, ProgressSource.Chat, identity.Channel));
    }

    /// <summary>The person with this id (as channel id or AAD id), active or not; tracked, so callers may change it.</summary>
    public async Task<Person?> FindAsync(string? userId, string? aadObjectId, CancellationToken cancellationToken)
    {
        var ids = new[] { userId, aadObjectId }.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.Trim()).Distinct().ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var candidates = await db.People
            .Where(p => ids.Contains(p.ChannelUserId) || (p.AadObjectId != null && ids.Contains(p.AadObjectId)))
            .ToListAsync(cancellationToken);

        // The channel id wins over the AAD id, and an active record over a removed one.
        return candidates
            .OrderByDescending(p => p.Active)
            .ThenByDescending(p => string.Equals(p.ChannelUserId, ids[0], StringComparison.Ordinal))
            .FirstOrDefault();
    }

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
