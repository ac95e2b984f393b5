using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;
using Rectification.Domain.Supervision.Calendar;

namespace Rectification.Domain.Supervision.FollowUp;

/// <summary>A follow-up check still waiting for its answer, with the finding it is about.</summary>
public sealed record OpenFollowUp(FollowUpCheck Check, int FindingNumber);

/// <summary>
/// The follow-up checks (回头看) in the database: planned from the sign-offs that stand, and the ones waiting for an
/// answer. Planning is idempotent and safe on several instances: a check is unique by its sign-off and months, so a
/// second instance planning the same one saves nothing.
/// </summary>
public sealed class FollowUpLedger(LedgerDbContext db)
{
    /// <summary>Plans the checks of every signed-off finding of the current round that has none yet; the number planned.</summary>
    public async Task<int> PlanAsync(FollowUpSchedule schedule, WorkingCalendar calendar, TimeZoneInfo zone, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var signOffs = await StandingSignOffsAsync(cancellationToken);
        var ids = signOffs.Select(s => s.SignOffEntryId).ToList();
        var planned = (await db.FollowUpChecks.AsNoTracking().Where(c => ids.Contains(c.SignOffEntryId))
            .Select(c => new { c.SignOffEntryId, c.MonthsAfterSignOff }).ToListAsync(cancellationToken))
            .Select(c => (c.SignOffEntryId, c.MonthsAfterSignOff)).ToHashSet();
        var added = 0;
        foreach (var signOff in signOffs)
        {
            var signedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(signOff.SignedOffAtUtc, DateTimeKind.Utc), zone));
            foreach (var months in schedule.MonthsAfterSignOff.Where(m => !planned.Contains((signOff.SignOffEntryId, m))))
            {
                db.FollowUpChecks.Add(new FollowUpCheck(signOff.FindingId, signOff.SignOffEntryId, months, schedule.DueOn(signedOn, months, calendar), nowUtc));
                added++;
            }
        }

        if (added == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return added;
        }
        catch (DbUpdateException)
        {
            // Another instance planned them at the same moment: theirs stand, the next run finds nothing to add.
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The checks due by <paramref name="today"/> and unanswered whose sign-off still stands, earliest first.</summary>
    public async Task<IReadOnlyList<OpenFollowUp>> DueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var standing = (await StandingSignOffsAsync(cancellationToken)).ToDictionary(s => s.FindingId);
        var checks = await db.FollowUpChecks.AsNoTracking().Where(c => c.AnsweredAtUtc == null && c.DueOn <= today)
            .OrderBy(c => c.DueOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return checks.Where(c => standing.TryGetValue(c.FindingId, out var s) && s.SignOffEntryId == c.SignOffEntryId)
            .Select(c => new OpenFollowUp(c, standing[c.FindingId].Number)).ToList();
    }

    /// <summary>The finding's next unanswered check of its standing sign-off, due or not; null when it has none.</summary>
    public async Task<FollowUpCheck?> NextOfAsync(Finding finding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (LatestSignOff(finding) is not { } signOff)
        {
            return null;
        }

        return await db.FollowUpChecks.Where(c => c.FindingId == finding.Id && c.SignOffEntryId == signOff.Id && c.AnsweredAtUtc == null)
            .OrderBy(c => c.DueOn).ThenBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The sign-off a signed-off finding stands on (its history loaded); null for any other finding.</summary>
    public static ProgressEntry? LatestSignOff(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Status == FindingStatus.SignedOff
            ? finding.History.Where(e => e.Kind == ProgressEntryKind.SignOff).MaxBy(e => (e.RecordedAtUtc, e.Id))
            : null;
    }

    private async Task<List<StandingSignOff>> StandingSignOffsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Findings.AsNoTracking().OfCurrentRound(db.Inspections)
            .Where(f => f.Status == FindingStatus.SignedOff)
            .Select(f => new
            {
                f.Id,
                f.Number,
                SignOff = f.History.Where(e => e.Kind == ProgressEntryKind.SignOff)
                    .OrderByDescending(e => e.RecordedAtUtc).ThenByDescending(e => e.Id)
                    .Select(e => new { e.Id, e.RecordedAtUtc }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.SignOff is not null)
            .Select(r => new StandingSignOff(r.Id, r.Number, r.SignOff!.Id, r.SignOff.RecordedAtUtc)).ToList();
    }

    private sealed record StandingSignOff(int FindingId, int Number, long SignOffEntryId, DateTime SignedOffAtUtc);
}
