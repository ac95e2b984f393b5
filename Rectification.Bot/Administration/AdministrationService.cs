using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Administration;

/// <summary>
/// What administrators do: manage people and assign findings, for the command line (the operator, trusted)
/// and for chat admin commands (an <see cref="Actor"/> the policy must let administer). Answers are
/// outcomes with codes; the caller phrases them. Scoped, like the ledger context it uses.
/// </summary>
public sealed class AdministrationService(
    LedgerDbContext db,
    PeopleDirectory directory,
    ProgressRecorder recorder,
    TimeProvider time)
{
    public async Task<PersonChange> AddPersonAsync(Actor actor, PersonDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Refusal(actor) is { } refusal)
        {
            return new PersonChange(PersonChangeKind.Refused, Refusal: refusal);
        }

        var now = Now();
        var existing = await directory.FindAsync(draft.ChannelUserId, draft.AadObjectId, cancellationToken);
        if (existing is { Active: true })
        {
            return IsSame(existing, draft)
                ? new PersonChange(PersonChangeKind.Unchanged, existing)
                : new PersonChange(PersonChangeKind.AlreadyExists, existing);
        }

        if (existing is not null)
        {
            existing.Reactivate(draft.Name, draft.Role, draft.Department, now);
            if (draft.AadObjectId is not null)
            {
                existing.LinkAadObjectId(draft.AadObjectId, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new PersonChange(PersonChangeKind.Reactivated, existing);
        }

        var person = new Person(draft.ChannelUserId, draft.Name, draft.Role, draft.Department, now, draft.AadObjectId);
        db.People.Add(person);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new PersonChange(PersonChangeKind.Added, person);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same id at the same moment.
            db.ChangeTracker.Clear();
            var winner = await directory.FindAsync(draft.ChannelUserId, draft.AadObjectId, cancellationToken);
            return winner is null ? throw new InvalidOperationException("The person could not be saved.") : new PersonChange(PersonChangeKind.AlreadyExists, winner);
        }
    }

    public async Task<PeopleListing> ListPeopleAsync(Actor actor, bool includeInactive, CancellationToken cancellationToken) =>
        Refusal(actor) is { } refusal
            ? new PeopleListing([], refusal)
            : new PeopleListing(await directory.ListAsync(includeInactive, cancellationToken));

    /// <summary>Removes (deactivates) a person; their entries keep naming them. Added again with people add.</summary>
    public Task<PersonChange> RemovePersonAsync(Actor actor, string channelUserId, CancellationToken cancellationToken) =>
        ChangePersonAsync(actor, channelUserId, cancellationToken, (person, now) =>
        {
            person.Deactivate(now);
            return PersonChangeKind.Removed;
        }, losesAdmin: _ => true);

    public Task<PersonChange> SetRoleAsync(Actor actor, string channelUserId, PersonRole role, CancellationToken cancellationToken) =>
        ChangePersonAsync(actor, channelUserId, cancellationToken, (person, now) =>
        {
            if (person.Role == role)
            {
                return PersonChangeKind.Unchanged;
            }

            person.ChangeRole(role, now);
            return PersonChangeKind.Updated;
        }, losesAdmin: _ => role != PersonRole.Admin);

    /// <summary>Moves a person to a department, or out of any (null).</summary>
    public Task<PersonChange> SetDepartmentAsync(Actor actor, string channelUserId, string? department, CancellationToken cancellationToken) =>
        ChangePersonAsync(actor, channelUserId, cancellationToken, (person, now) =>
        {
            if (string.Equals(person.Department, Person.NormalizeDepartment(department), StringComparison.Ordinal))
            {
                return PersonChangeKind.Unchanged;
            }

            person.MoveToDepartment(department, now);
            return PersonChangeKind.Updated;
        }, losesAdmin: _ => false);

    /// <summary>Assigns a finding's responsible department, leader, deadline or category (what is null stays).</summary>
    public Task<ProgressOutcome> AssignAsync(
        Actor actor, int findingNumber, string? department, string? leader, DateOnly? deadline, string? category,
        CancellationToken cancellationToken) =>
        recorder.AssignAsync(actor, findingNumber, department, leader, deadline, category, cancellationToken);

    /// <summary>Corrects a history entry with a new one that supersedes it (administrators only).</summary>
    public Task<ProgressOutcome> CorrectAsync(
        Actor actor, int findingNumber, long entryId, string description, MeasureCorrection? measure, Evidence? evidence,
        CancellationToken cancellationToken) =>
        recorder.CorrectAsync(actor, findingNumber, entryId, description, measure, evidence, cancellationToken);

    /// <summary>The active people with a role: whom to ask after a refusal (<see cref="RefusalReasons.WhomToAsk"/>).</summary>
    public Task<IReadOnlyList<Person>> ContactsAsync(PersonRole role, CancellationToken cancellationToken) =>
        directory.ContactsAsync(role, cancellationToken);

    /// <summary>The active staff who may report on a department's findings.</summary>
    public Task<IReadOnlyList<Person>> DepartmentStaffAsync(string department, CancellationToken cancellationToken) =>
        directory.DepartmentStaffAsync(department, cancellationToken);

    /// <summary>The numbers of the current round's findings a department is responsible for.</summary>
    public async Task<IReadOnlyList<int>> FindingsOfDepartmentAsync(string department, CancellationToken cancellationToken)
    {
        var currentInspectionId = db.Inspections
            .OrderByDescending(i => i.AnnouncementDate).ThenByDescending(i => i.Id)
            .Select(i => i.Id).Take(1);
        var assigned = await db.Findings.AsNoTracking()
            .Where(f => currentInspectionId.Contains(f.InspectionId) && f.ResponsibleDepartment != null)
            .Select(f => new { f.Number, f.ResponsibleDepartment })
            .ToListAsync(cancellationToken);
        return assigned.Where(f => Person.SameDepartment(f.ResponsibleDepartment, department)).Select(f => f.Number).Order().ToList();
    }

    private async Task<PersonChange> ChangePersonAsync(
        Actor actor,
        string channelUserId,
        CancellationToken cancellationToken,
        Func<Person, DateTime, PersonChangeKind> change,
        Func<Person, bool> losesAdmin)
    {
        if (Refusal(actor) is { } refusal)
        {
            return new PersonChange(PersonChangeKind.Refused, Refusal: refusal);
        }

        var person = await directory.FindAsync(channelUserId, null, cancellationToken);
        if (person is null)
        {
            return new PersonChange(PersonChangeKind.NotFound);
        }

        if (!person.Active)
        {
            return new PersonChange(PersonChangeKind.Inactive, person);
        }

        // In chat, an administrator must not leave the office without one; the operator can always add one back.
        if (!actor.IsOperator && person.Role == PersonRole.Admin && losesAdmin(person)
            && await db.People.CountAsync(p => p.Active && p.Role == PersonRole.Admin, cancellationToken) <= 1)
        {
            return new PersonChange(PersonChangeKind.Refused, person, RefusalReason.LastAdmin);
        }

        var kind = change(person, Now());
        if (kind != PersonChangeKind.Unchanged)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PersonChange(kind, person);
    }

    private static RefusalReason? Refusal(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ReportingPolicy.Decide(ReportingAction.Administer, actor, null, allowUnknown: false).Refusal;
    }

    private static bool IsSame(Person person, PersonDraft draft) =>
        string.Equals(person.Name, draft.Name.Trim(), StringComparison.Ordinal)
        && person.Role == draft.Role
        && string.Equals(person.Department, Person.NormalizeDepartment(draft.Department), StringComparison.Ordinal)
        && (draft.AadObjectId is null || string.Equals(person.AadObjectId, draft.AadObjectId.Trim(), StringComparison.Ordinal));

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
