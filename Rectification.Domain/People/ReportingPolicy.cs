using Rectification.Domain.Findings;

namespace Rectification.Domain.People;

/// <summary>
/// Who may do what: a pure function of the person, the finding and the deployment's setting. It knows no
/// database and no chat; it answers with a reason code that channels phrase.
/// <list type="bullet">
/// <item>Removed people are refused everything; unknown people may only report, and only where allowed.</item>
/// <item>Reporting: leaders and admins on any finding; staff only on findings of their own department, and never on
/// a finding with no department yet (an admin must assign it first).</item>
/// <item>Sign-off and reopening: leaders only. Correcting an entry: its author or an admin. Administration: admins only.</item>
/// </list>
/// </summary>
public static class ReportingPolicy
{
    public static PolicyDecision CanReport(Person? person, Finding finding, bool allowUnknown)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (person is null)
        {
            return allowUnknown ? PolicyDecision.Allowed : PolicyDecision.Refused(RefusalReason.UnknownPerson);
        }

        if (!person.Active)
        {
            return PolicyDecision.Refused(RefusalReason.PersonInactive);
        }

        if (person.Role is PersonRole.Leader or PersonRole.Admin)
        {
            return PolicyDecision.Allowed;
        }

        if (Person.NormalizeDepartment(finding.ResponsibleDepartment) is null)
        {
            return PolicyDecision.Refused(RefusalReason.FindingUnassigned);
        }

        if (person.Department is null)
        {
            return PolicyDecision.Refused(RefusalReason.PersonWithoutDepartment);
        }

        return person.BelongsTo(finding.ResponsibleDepartment)
            ? PolicyDecision.Allowed
            : PolicyDecision.Refused(RefusalReason.OtherDepartment);
    }

    public static PolicyDecision CanSignOff(Person? person) => RequireRole(person, PersonRole.Leader, RefusalReason.LeaderRequired);

    public static PolicyDecision CanReopen(Person? person) => RequireRole(person, PersonRole.Leader, RefusalReason.LeaderRequired);

    public static PolicyDecision CanCorrect(Person? person) => RequireRole(person, PersonRole.Admin, RefusalReason.AdminRequired);

    /// <summary>Whether the person may correct this entry: the person who wrote it (while active), or an administrator.</summary>
    public static PolicyDecision CanCorrect(Person? person, ProgressEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (person is { Active: true } && entry.AuthorId is { } author && string.Equals(author, person.Key, StringComparison.Ordinal))
        {
            return PolicyDecision.Allowed;
        }

        return CanCorrect(person) is { Refusal: RefusalReason.AdminRequired } ? PolicyDecision.Refused(RefusalReason.AuthorOrAdminRequired) : CanCorrect(person);
    }

    public static PolicyDecision CanAdminister(Person? person) => RequireRole(person, PersonRole.Admin, RefusalReason.AdminRequired);

    /// <summary>The decision for an actor; the command-line operator is trusted with everything.</summary>
    public static PolicyDecision Decide(ReportingAction action, Actor actor, Finding? finding, bool allowUnknown)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsOperator)
        {
            return PolicyDecision.Allowed;
        }

        return action switch
        {
            ReportingAction.Report => CanReport(actor.Person, finding ?? throw new ArgumentNullException(nameof(finding)), allowUnknown),
            ReportingAction.SignOff => CanSignOff(actor.Person),
            ReportingAction.Reopen => CanReopen(actor.Person),
            ReportingAction.Correct => CanCorrect(actor.Person),
            ReportingAction.Administer => CanAdminister(actor.Person),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private static PolicyDecision RequireRole(Person? person, PersonRole role, RefusalReason otherwise)
    {
        if (person is null)
        {
            return PolicyDecision.Refused(RefusalReason.UnknownPerson);
        }

        if (!person.Active)
        {
            return PolicyDecision.Refused(RefusalReason.PersonInactive);
        }

        return person.Role == role ? PolicyDecision.Allowed : PolicyDecision.Refused(otherwise);
    }
}
