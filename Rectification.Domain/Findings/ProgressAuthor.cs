namespace Rectification.Domain.Findings;

/// <summary>Who recorded an entry and through what.</summary>
/// <param name="UserId">The person's key (<see cref="People.Person.Key"/>), or an unknown user's channel user id; null for the announcement.</param>
/// <param name="Name">A display name for people reading the history.</param>
/// <param name="Source">How the entry reached the ledger.</param>
/// <param name="Channel">The chat channel (msteams, console, …) when <paramref name="Source"/> is chat.</param>
public sealed record ProgressAuthor(string? UserId, string Name, ProgressSource Source, string? Channel = null)
{
    public static ProgressAuthor Announcement(string publisher) => new(null, publisher, ProgressSource.Announcement);
}
