using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Supervision.FollowUp;

/// <summary>
/// No follow-up check of the finding waits for an answer today. <paramref name="NextDueOn"/> is when its next check is
/// due, if one is planned.
/// </summary>
public sealed record NoFollowUpDue(Finding Finding, DateOnly? NextDueOn) : ProgressOutcome;

/// <summary>The check answered: the finding as it now stands, the check, and the history entry the answer made.</summary>
public sealed record FollowUpAnswered(Finding Finding, FollowUpCheck Check, ProgressEntry Entry) : ProgressOutcome;

/// <summary>
/// Answers a finding's follow-up check (回头看): "no recurrence" records the check in the history; "recurred" reopens the
/// finding with the reason 反弹回潮 and raises its recurrence count. Whoever may report on the finding may answer (its
/// department's staff, leaders, administrators). The check and the finding are saved together; the finding's version
/// guards against two answers at once: the later one is read again and finds the check answered.
/// </summary>
public sealed class FollowUpRecorder(LedgerDbContext db, LedgerQueries queries, FollowUpLedger checks, ReportingRules rules, TimeProvider time)
{
    public async Task<ProgressOutcome> AnswerAsync(Actor actor, int findingNumber, bool recurred, string? note, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var finding = await queries.LoadFindingForUpdateAsync(findingNumber, cancellationToken);
            if (finding is null)
            {
                return new FindingNotFound(findingNumber, await queries.FindingNumbersAsync(cancellationToken));
            }

            if (attempt > ProgressRecorder.MaxAttempts)
            {
                return new ChangedMeanwhile(finding, ProgressRecorder.MaxAttempts);
            }

            if (ReportingPolicy.Decide(ReportingAction.Report, actor, finding, rules.AllowUnknownUsers).Refusal is { } refusal)
            {
                return new ProgressRefused(finding, refusal);
            }

            var check = await checks.NextOfAsync(finding, cancellationToken);
            if (check is null || check.DueOn > today)
            {
                return new NoFollowUpDue(finding, check?.DueOn);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var entry = recurred
                ? finding.RecordRecurrence(check.MonthsAfterSignOff, note, actor.Author, now)
                : finding.RecordFollowUpCheck(check.MonthsAfterSignOff, note, actor.Author, now);
            check.Answer(recurred, entry, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new FollowUpAnswered(finding, check, entry);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed the finding meanwhile (perhaps answering this check): read it again.
            }
        }
    }
}
