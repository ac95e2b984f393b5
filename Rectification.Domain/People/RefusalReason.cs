namespace Rectification.Domain.People;

/// <summary>
/// Why the policy refused someone. Codes, not sentences: channels phrase them for people, and
/// <see cref="RefusalReasons.WhomToAsk"/> tells whom the person should turn to.
/// </summary>
public enum RefusalReason
{
    /// <summary>The bot does not know this user and unknown users may not report here.</summary>
    UnknownPerson,

    /// <summary>The person was removed (deactivated) by an administrator.</summary>
    PersonInactive,

    /// <summary>The finding has no responsible department yet, so no staff member may report on it.</summary>
    FindingUnassigned,

    /// <summary>A staff member without a department: they cannot report on any finding.</summary>
    PersonWithoutDepartment,

    /// <summary>A staff member reporting on a finding another department is responsible for.</summary>
    OtherDepartment,

    /// <summary>Only a leader may do this (sign off, reopen).</summary>
    LeaderRequired,

    /// <summary>Only an administrator may do this (manage people, assign, correct entries).</summary>
    AdminRequired,

    /// <summary>Only the entry's author or an administrator may correct an entry.</summary>
    AuthorOrAdminRequired,

    /// <summary>The change would leave no active administrator.</summary>
    LastAdmin,
}

public static class RefusalReasons
{
    /// <summary>Whom a refused person should ask: leaders for leader-only acts, administrators for everything else.</summary>
    public static PersonRole WhomToAsk(this RefusalReason reason) =>
        reason == RefusalReason.LeaderRequired ? PersonRole.Leader : PersonRole.Admin;
}
