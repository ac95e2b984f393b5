namespace Rectification.Domain.People;

/// <summary>
/// One account a person is known by: an id in a realm, unique across people, and optionally the account's second
/// id (Teams sends the AAD object id beside from.id; both find the person). Changed only through <see cref="Person"/>.
/// </summary>
public sealed class PersonIdentity
{
    private PersonIdentity()
    {
        Realm = string.Empty;
        UserId = string.Empty;
    }

    internal PersonIdentity(string realm, string userId, string? alternateUserId, DateTime linkedAtUtc)
    {
        Realm = IdentityRealm.Parse(realm) ?? throw new ArgumentException($"Unknown realm '{realm}'; expected {string.Join(" or ", IdentityRealm.All)}.", nameof(realm));
        UserId = PersonText.Require(userId, Person.MaxIdLength, nameof(userId));
        AlternateUserId = PersonText.Optional(alternateUserId, Person.MaxIdLength, nameof(alternateUserId)) is { } alternate && alternate != UserId ? alternate : null;
        LinkedAtUtc = DateTime.SpecifyKind(linkedAtUtc, DateTimeKind.Utc);
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    /// <summary>The kind of account (<see cref="IdentityRealm"/>).</summary>
    public string Realm { get; private set; }

    public string UserId { get; private set; }

    public string? AlternateUserId { get; private set; }

    public DateTime LinkedAtUtc { get; private set; }

    /// <summary>Whether this is the account a channel names (either of its ids, in the same realm).</summary>
    public bool Matches(ChannelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return string.Equals(Realm, IdentityRealm.Parse(identity.Realm), StringComparison.Ordinal)
            && identity.Ids.Any(id => string.Equals(id, UserId, StringComparison.Ordinal) || string.Equals(id, AlternateUserId, StringComparison.Ordinal));
    }

    /// <summary>Whether either id of this account is the given one (in any realm): how people are named on the command line.</summary>
    public bool HasId(string id) =>
        string.Equals(UserId, id, StringComparison.Ordinal) || string.Equals(AlternateUserId, id, StringComparison.Ordinal);

    /// <summary>Learns the account's second id when a channel first sends it.</summary>
    internal void Learn(string? alternateUserId)
    {
        if (AlternateUserId is null && PersonText.Optional(alternateUserId, Person.MaxIdLength, nameof(alternateUserId)) is { } alternate && alternate != UserId)
        {
            AlternateUserId = alternate;
        }
    }

    public override string ToString() => AlternateUserId is null ? $"{Realm}:{UserId}" : $"{Realm}:{UserId} ({AlternateUserId})";
}
