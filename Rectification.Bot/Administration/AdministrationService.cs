using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Domain.Queries;
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
    RecentVisitors visitors,
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
        var existing = await directory.FindAsync(draft.Identity, cancellationToken);
        if (existing is { Active: true })
        {
            return IsSame(existing, draft)
                ? new PersonChange(PersonChangeKind.Unchanged, existing)
                : new PersonChange(PersonChangeKind.AlreadyExists, existing);
        }

        if (existing is not null)
        {
            existing.Reactivate(draft.Name, draft.Role, draft.Department, now);
            existing.MakeDepartmentHead(draft.DepartmentHead, now);
            existing.Link(draft.Identity, existing, now);
            await db.SaveChangesAsync(cancellationToken);
            return new PersonChange(PersonChangeKind.Reactivated, existing);
        }

        var person = new Person(await NewKeyAsync(draft.Identity, cancellationToken), draft.Identity, draft.Name, draft.Role, draft.Department, now);
        person.MakeDepartmentHead(draft.DepartmentHead, now);
        db.People.Add(person);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await visitors.ForgetAsync(draft.Identity, cancellationToken);
            return new PersonChange(PersonChangeKind.Added, person);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same account at the same moment.
            db.ChangeTracker.Clear();
            var winner = await directory.FindAsync(draft.Identity, cancellationToken);
            return winner is null ? throw new InvalidOperationException("The person could not be saved.") : new PersonChange(PersonChangeKind.AlreadyExists, winner);
        }
    }

    /// <summary>Links another account (e.g. their Telegram account) to a registered person; an account someone else has is refused.</summary>
    public Task<PersonChange> LinkIdentityAsync(Actor actor, string personReference, ChannelIdentity identity, CancellationToken cancellationToken) =>
        ChangeIdentitiesAsync(actor, personReference, identity, cancellationToken, async (person, now) =>
        {
            var holder = await directory.FindAsync(identity, cancellationToken);
            if (holder is not null && holder.Id != person.Id)
            {
                return new PersonChange(PersonChangeKind.IdentityTaken, person, Holder: holder);
            }

            var linked = person.Link(identity, holder, now);
            return new PersonChange(linked ? PersonChangeKind.Linked : PersonChangeKind.Unchanged, person);
        });

    /// <summary>Unlinks one of a person's accounts; a person keeps at least one.</summary>
    public Task<PersonChange> UnlinkIdentityAsync(Actor actor, string personReference, ChannelIdentity identity, CancellationToken cancellationToken) =>
        ChangeIdentitiesAsync(actor, personReference, identity, cancellationToken, (person, now) =>
        {
            if (person.IdentityFor(identity) is null)
            {
                return Task.FromResult(new PersonChange(PersonChangeKind.IdentityNotLinked, person));
            }

            if (person.Identities.Count == 1)
            {
                return Task.FromResult(new PersonChange(PersonChangeKind.LastIdentity, person));
            }

            person.Unlink(identity, now);
            return Task.FromResult(new PersonChange(PersonChangeKind.Unlinked, person));
        });

    public async Task<PeopleListing> ListPeopleAsync(Actor actor, bool includeInactive, CancellationToken cancellationToken) =>
        Refusal(actor) is { } refusal
            ? new PeopleListing([], refusal)
            : new PeopleListing(await directory.ListAsync(includeInactive, cancellationToken));

    /// <summary>Removes (deactivates) a person; their entries keep naming them. Added again with people add.</summary>
    public Task<PersonChange> RemovePersonAsync(Actor actor, string personReference, CancellationToken cancellationToken) =>
        ChangePersonAsync(actor, personReference, cancellationToken, (person, now) =>
        {
            person.Deactivate(now);
            return PersonChangeKind.Removed;
        }, losesAdmin: _ => true);

    public Task<PersonChange> SetRoleAsync(Actor actor, string personReference, PersonRole role, CancellationToken cancellationToken) =>
        ChangePersonAsync(actor, personReference, cancellationToken, (person, now) =>
        {
            if (person.Role == role)
            {
                return PersonChangeKind.Unchanged;
            }

            person.ChangeRole(role, now);
            return PersonChangeKind.Updated;
        }, losesAdmin: _ => role != PersonRole.Admin);

    /// <summary>
    /// Makes a person the head of their department (处室负责人), or no longer: yellow reminders about the department's
    /// findings reach its head. A person without a department heads nothing, so making them head is refused.
    /// </summary>
    public Task<PersonChange> SetDepartmentHeadAsync(Actor actor, string personReference, bool head, CancellationToken cancellationToken) =>
        ChangePersonAsync(actor, personReference, cancellationToken, (person, now) =>
            head && person.Department is null ? PersonChangeKind.NoDepartment
            : person.MakeDepartmentHead(head, now) ? PersonChangeKind.Updated
            : PersonChangeKind.Unchanged,
            losesAdmin: _ => false);

    /// <summary>Moves a person to a department, or out of any (null).</summary>
    public Task<PersonChange> SetDepartmentAsync(Actor actor, string personReference, string? department, CancellationToken cancellationToken) =>
        ChangePersonAsync(actor, personReference, cancellationToken, (person, now) =>
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
        Actor actor, int findingNumber, string? department, string? leader, Deadline? deadline, string? category,
        CancellationToken cancellationToken) =>
        recorder.AssignAsync(actor, findingNumber, department, leader, deadline, category, cancellationToken);

    /// <summary>One measure's own deadline (administrators only), recorded in the finding's history.</summary>
    public Task<ProgressOutcome> AssignMeasureDeadlineAsync(
        Actor actor, int findingNumber, int measureOrdinal, Deadline deadline, CancellationToken cancellationToken) =>
        recorder.AssignMeasureDeadlineAsync(actor, findingNumber, measureOrdinal, deadline, cancellationToken);

    /// <summary>Corrects a history entry with a new one that supersedes it (administrators only).</summary>
    public Task<ProgressOutcome> CorrectAsync(
        Actor actor, int findingNumber, long entryId, string description, MeasureCorrection? measure, Evidence? evidence,
        CancellationToken cancellationToken) =>
        recorder.CorrectAsync(actor, findingNumber, entryId, description, measure, evidence, cancellationToken);

    /// <summary>Corrects the latest entry about a measure, a next step or (with neither) the finding as a whole.</summary>
    public Task<ProgressOutcome> CorrectLatestAsync(
        Actor actor, int findingNumber, int? measureOrdinal, int? nextStepOrdinal, string description, MeasureCorrection? measure,
        CancellationToken cancellationToken) =>
        recorder.CorrectLatestAsync(actor, findingNumber, measureOrdinal, nextStepOrdinal, description, measure, cancellationToken);

    /// <summary>The active people with a role: whom to ask after a refusal (<see cref="RefusalReasons.WhomToAsk"/>).</summary>
    public Task<IReadOnlyList<Person>> ContactsAsync(PersonRole role, CancellationToken cancellationToken) =>
        directory.ContactsAsync(role, cancellationToken);

    /// <summary>The active staff who may report on a department's findings.</summary>
    public Task<IReadOnlyList<Person>> DepartmentStaffAsync(string department, CancellationToken cancellationToken) =>
        directory.DepartmentStaffAsync(department, cancellationToken);

    /// <summary>The numbers of the current round's findings a department is responsible for.</summary>
    public async Task<IReadOnlyList<int>> FindingsOfDepartmentAsync(string department, CancellationToken cancellationToken)
    {
        var assigned = await db.Findings.AsNoTracking().OfCurrentRound(db.Inspections)
            .Where(f => f.ResponsibleDepartment != null)
            .Select(f => new { f.Number, f.ResponsibleDepartment })
            .ToListAsync(cancellationToken);
        return assigned.Where(f => Person.SameDepartment(f.ResponsibleDepartment, department)).Select(f => f.Number).Order().ToList();
    }

    private async Task<PersonChange> ChangePersonAsync(
        Actor actor,
        string personReference,
        CancellationToken cancellationToken,
        Func<Person, DateTime, PersonChangeKind> change,
        Func<Person, bool> losesAdmin)
    {
        if (Refusal(actor) is { } refusal)
        {
            return new PersonChange(PersonChangeKind.Refused, Refusal: refusal);
        }

        var found = await ActivePersonAsync(personReference, cancellationToken);
        if (found.Person is not { Active: true } person)
        {
            return found;
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

    private async Task<PersonChange> ChangeIdentitiesAsync(
        Actor actor,
        string personReference,
        ChannelIdentity identity,
        CancellationToken cancellationToken,
        Func<Person, DateTime, Task<PersonChange>> change)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (Refusal(actor) is { } refusal)
        {
            return new PersonChange(PersonChangeKind.Refused, Refusal: refusal);
        }

        var found = await ActivePersonAsync(personReference, cancellationToken);
        if (found.Person is not { Active: true } person)
        {
            return found;
        }

        var result = await change(person, Now());
        if (result.Kind is PersonChangeKind.Linked or PersonChangeKind.Unlinked)
        {
            await db.SaveChangesAsync(cancellationToken);
            await visitors.ForgetAsync(identity, cancellationToken);
        }

        return result;
    }

    /// <summary>The person a typed id names (key or any account id), as a change that found them; NotFound or Inactive otherwise.</summary>
    private async Task<PersonChange> ActivePersonAsync(string personReference, CancellationToken cancellationToken) =>
        await directory.FindByReferenceAsync(personReference, null, cancellationToken) switch
        {
            null => new PersonChange(PersonChangeKind.NotFound),
            { Active: false } removed => new PersonChange(PersonChangeKind.Inactive, removed),
            var person => new PersonChange(PersonChangeKind.Unchanged, person),
        };

    /// <summary>The account's own id where no one has that key yet (as before identities), else one qualified by the realm.</summary>
    private async Task<string> NewKeyAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        string[] candidates = [identity.UserId.Trim(), $"{identity.Realm}:{identity.UserId.Trim()}"];
        foreach (var candidate in candidates.Where(c => c.Length <= Person.MaxIdLength))
        {
            if (!await directory.KeyTakenAsync(candidate, cancellationToken))
            {
                return candidate;
            }
        }

        return Guid.NewGuid().ToString("N");
    }

    private static RefusalReason? Refusal(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ReportingPolicy.Decide(ReportingAction.Administer, actor, null, allowUnknown: false).Refusal;
    }

    private static bool IsSame(Person person, PersonDraft draft) =>
        string.Equals(person.Name, draft.Name.Trim(), StringComparison.Ordinal)
        && person.Role == draft.Role
        && person.IsDepartmentHead == draft.DepartmentHead
        && string.Equals(person.Department, Person.NormalizeDepartment(draft.Department), StringComparison.Ordinal)
        && (draft.Identity.AlternateUserId is null || person.IdentityFor(draft.Identity)?.AlternateUserId is not null);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
