namespace Rectification.Domain.People;

/// <summary>
/// Someone the bot does not know who wrote to it recently: so an administrator can add "the person who wrote this"
/// by name instead of typing a channel user id. Kept for <see cref="Retention"/>, one row per account.
/// </summary>
public sealed class RecentVisitor
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private RecentVisitor()
    {
        Realm = string.Empty;
        UserId = string.Empty;
        DisplayName = string.Empty;
    }

    public RecentVisitor(ChannelIdentity identity, DateTime seenAtUtc)
    {
        ArgumentNullException.ThrowIfNull(identity);
        Realm = IdentityRealm.Parse(identity.Realm) ?? throw new ArgumentException($"Unknown realm '{identity.Realm}'.", nameof(identity));
        UserId = PersonText.Require(identity.UserId, Person.MaxIdLength, nameof(identity));
        DisplayName = string.Empty;
        Seen(identity, seenAtUtc);
    }

    public long Id { get; private set; }

    public string Realm { get; private set; }

    public string UserId { get; private set; }

    public string? AlternateUserId { get; private set; }

    /// <summary>The name the channel showed (the user id when it showed none).</summary>
    public string DisplayName { get; private set; }

    public DateTime SeenAtUtc { get; private set; }

    public void Seen(ChannelIdentity identity, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(identity);
        AlternateUserId = PersonText.Optional(identity.AlternateUserId, Person.MaxIdLength, nameof(identity)) ?? AlternateUserId;
        DisplayName = PersonText.Optional(Truncate(identity.DisplayName), Person.MaxNameLength, nameof(identity)) ?? UserId;
        SeenAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }

    /// <summary>Whether the name the channel showed is this name (trimmed, case-insensitive).</summary>
    public bool IsNamed(string name) => string.Equals(DisplayName, name.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Truncate(string? name) =>
        name is { Length: > Person.MaxNameLength } ? name.Trim()[..Math.Min(name.Trim().Length, Person.MaxNameLength)] : name;
}
