using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Progress;

/// <summary>
/// The one way changes reach a finding: load it, ask the policy, apply the change, save. The finding's
/// <see cref="Finding.Version"/> is a concurrency token, so a save based on a stale read fails; the recorder
/// then reloads and applies the change again to the new state (the policy and the rules are asked again
/// too), up to <see cref="MaxAttempts"/> times. Two people updating the same finding at once both land,
/// each entry's "before" being what the other left. Scoped: one per request, like its context.
/// </summary>
public sealed class ProgressRecorder(LedgerDbContext db, LedgerQueries queries, ReportingRules rules, TimeProvider time)
{
    public const int MaxAttempts = 5;

    public Task<ProgressOutcome> RecordMeasureProgressAsync(
        Actor actor, int findingNumber, int measureOrdinal, MeasureStatus status, int? percent, string description,
        Evidence? evidence, CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Report, actor),
            (finding, now) => finding.RecordMeasureProgress(measureOrdinal, status, percent, description, actor.Author, now, evidence),
            cancellationToken);

    public Task<ProgressOutcome> RecordNextStepProgressAsync(
        Actor actor, int findingNumber, int stepOrdinal, MeasureStatus status, int? percent, string description,
        Evidence? evidence, CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Report, actor),
            (finding, now) => finding.RecordNextStepProgress(stepOrdinal, status, percent, description, actor.Author, now, evidence),
            cancellationToken);

    public Task<ProgressOutcome> RecordFindingProgressAsync(
        Actor actor, int findingNumber, string description, Evidence? evidence, CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Report, actor),
            (finding, now) => finding.RecordFindingProgress(description, actor.Author, now, evidence),
            cancellationToken);

    public Task<ProgressOutcome> AddMeasureAsync(
        Actor actor, int findingNumber, string text, MeasureStatus status, int? percent, string? description,
        Evidence? evidence, CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Report, actor),
            (finding, now) => finding.AddMeasureFromReport(text, status, percent, description, actor.Author, now, evidence),
            cancellationToken);

    /// <summary>Evidence for an earlier entry: anyone who may report on the finding may back its entries.</summary>
    public Task<ProgressOutcome> AddEvidenceAsync(
        Actor actor, int findingNumber, int? measureOrdinal, Evidence evidence, CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Report, actor),
            (finding, now) => finding.AddEvidence(measureOrdinal, evidence, actor.Author, now),
            cancellationToken);

    /// <summary>A leader's sign-off; <paramref name="withoutEvidenceReason"/>, when given, overrides the evidence gate and is recorded.</summary>
    public Task<ProgressOutcome> SignOffAsync(
        Actor actor, int findingNumber, string? note, CancellationToken cancellationToken, string? withoutEvidenceReason = null) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.SignOff, actor),
            (finding, now) => finding.SignOff(actor.Author, now, note, withoutEvidenceReason),
            cancellationToken);

    public Task<ProgressOutcome> ReopenAsync(Actor actor, int findingNumber, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Reopen, actor),
            (finding, now) => finding.Reopen(actor.Author, now, reason),
            cancellationToken);

    public Task<ProgressOutcome> CorrectAsync(
        Actor actor, int findingNumber, long entryId, string description, MeasureCorrection? measure, Evidence? evidence,
        CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Correct, actor),
            (finding, now) => finding.Correct(entryId, description, actor.AsAdministrator(), now, measure, evidence),
            cancellationToken);

    /// <summary>
    /// "更正第14项第3条：…": corrects the latest entry about that measure (or next step, or the finding as a whole), asked of
    /// the policy for that entry — its author or an administrator. Nothing to correct is the finding's rule to say.
    /// </summary>
    public Task<ProgressOutcome> CorrectLatestAsync(
        Actor actor, int findingNumber, int? measureOrdinal, int? nextStepOrdinal, string description, MeasureCorrection? measure,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ApplyAsync(findingNumber,
            finding => actor.IsOperator || finding.CorrectionTarget(measureOrdinal, nextStepOrdinal) is not { } target
                ? PolicyDecision.Allowed
                : ReportingPolicy.CanCorrect(actor.Person, target),
            (finding, now) => finding.CorrectLatest(measureOrdinal, nextStepOrdinal, description, actor.Author, now, measure),
            cancellationToken);
    }

    public Task<ProgressOutcome> AssignAsync(
        Actor actor, int findingNumber, string? department, string? leader, Deadline? deadline, string? category,
        CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Administer, actor),
            (finding, now) => finding.AssignResponsibility(department, leader, deadline, actor.AsAdministrator(), now, category),
            cancellationToken);

    /// <summary>One measure's own deadline (第5项第2条长期坚持，2025-06-30复查): administrators only, like the finding's.</summary>
    public Task<ProgressOutcome> AssignMeasureDeadlineAsync(
        Actor actor, int findingNumber, int measureOrdinal, Deadline deadline, CancellationToken cancellationToken) =>
        ApplyAsync(findingNumber, Authorize(ReportingAction.Administer, actor),
            (finding, now) => finding.AssignMeasureDeadline(measureOrdinal, deadline, actor.AsAdministrator(), now),
            cancellationToken);

    /// <summary>
    /// Loads the finding (tracked, with its measures and history), asks <paramref name="authorize"/>, applies
    /// <paramref name="change"/> with the current time and saves; on a concurrency conflict, starts over on a
    /// fresh read. The change must be repeatable: it is called once per attempt, each time on a new instance.
    /// Broken rules come back as <see cref="ProgressRuleBroken"/>; malformed input (a percentage outside 0–100,
    /// an empty or over-long text) is the caller's to prevent and throws <see cref="ArgumentException"/>.
    /// </summary>
    public async Task<ProgressOutcome> ApplyAsync(
        int findingNumber,
        Func<Finding, PolicyDecision> authorize,
        Func<Finding, DateTime, ProgressEntry> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorize);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1)
            {
                // Forget the stale instance (and the failed change) so the finding is read afresh.
                db.ChangeTracker.Clear();
            }

            var finding = await queries.LoadFindingForUpdateAsync(findingNumber, cancellationToken);
            if (finding is null)
            {
                return new FindingNotFound(findingNumber, await queries.FindingNumbersAsync(cancellationToken));
            }

            if (attempt > MaxAttempts)
            {
                return new ChangedMeanwhile(finding, MaxAttempts);
            }

            var decision = authorize(finding);
            if (decision.Refusal is { } refusal)
            {
                return new ProgressRefused(finding, refusal);
            }

            ProgressEntry entry;
            try
            {
                entry = change(finding, time.GetUtcNow().UtcDateTime);
            }
            catch (FindingRuleException rule)
            {
                // The aggregate checks its rules before it changes anything, so the finding is as it was read.
                return new ProgressRuleBroken(finding, rule);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new ProgressRecorded(finding, entry, attempt);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved the finding since it was read: read it again and redo the change on that.
            }
        }
    }

    private Func<Finding, PolicyDecision> Authorize(ReportingAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return finding => ReportingPolicy.Decide(action, actor, finding, rules.AllowUnknownUsers);
    }
}
