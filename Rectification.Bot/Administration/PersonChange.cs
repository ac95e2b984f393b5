using Rectification.Domain.People;

namespace Rectification.Bot.Administration;

/// <summary>The outcome of a people change: the person as it now stands (when there is one), and a refusal reason.</summary>
/// <param name="Holder">For <see cref="PersonChangeKind.IdentityTaken"/>: whose account it is.</param>
public sealed record PersonChange(PersonChangeKind Kind, Person? Person = null, RefusalReason? Refusal = null, Person? Holder = null)
{
    public bool Succeeded => Kind is PersonChangeKind.Added or PersonChangeKind.Reactivated or PersonChangeKind.Updated
        or PersonChangeKind.Unchanged or PersonChangeKind.Removed or PersonChangeKind.Linked or PersonChangeKind.Unlinked;
}

/// <summary>A listing of people, or the reason the actor may not see it.</summary>
public sealed record PeopleListing(IReadOnlyList<Person> People, RefusalReason? Refusal = null);
