namespace Rectification.Domain.People;

/// <summary>What became of a change to the people register.</summary>
public enum PersonChangeKind
{
    Added,

    /// <summary>A removed person was added again, with the details given now.</summary>
    Reactivated,

    Updated,

    /// <summary>Already so: nothing to change (e.g. the same person added twice with the same details).</summary>
    Unchanged,

    Removed,

    /// <summary>No person has that id.</summary>
    NotFound,

    /// <summary>The person was removed; add them again first.</summary>
    Inactive,

    /// <summary>The id is already registered with other details; change them with set-role/set-department.</summary>
    AlreadyExists,

    /// <summary>Another account is now the person's.</summary>
    Linked,

    /// <summary>An account is no longer the person's.</summary>
    Unlinked,

    /// <summary>The account is someone else's (see <see cref="PersonChange.Holder"/>); unlink it there first.</summary>
    IdentityTaken,

    /// <summary>The person has no other account: a person keeps at least one (remove them instead).</summary>
    LastIdentity,

    /// <summary>The person has no such account to unlink.</summary>
    IdentityNotLinked,

    /// <summary>The person has no department, so cannot head one; give them a department first.</summary>
    NoDepartment,

    /// <summary>The policy refused the actor, or the change would leave no administrator; see the reason.</summary>
    Refused,
}
