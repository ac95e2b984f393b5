using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;
using Rectification.Domain.Storage;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Conversation.Digest;

/// <summary>
/// Completes a digest with what depends on the ladder and on its reader: the supervision section (findings by colour,
/// recurrences) and, for a leader a finding names as its responsible leader (by name or key), those findings first.
/// One aggregating query over the round's findings; no history is loaded beyond each finding's latest sign-off or
/// reopening.
/// </summary>
public sealed class DigestSupervisionSource(LedgerDbContext db, SupervisionLadder ladder)
{
    public async Task<DigestReport> CompleteAsync(DigestReport report, Person? reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = await db.Findings.AsNoTracking().OfCurrentRound(db.Inspections)
            .Select(f => new
            {
                f.Number,
                f.Status,
                f.Deadline,
                f.RecurrenceCount,
                f.ResponsibleLeader,
                LastTurn = f.History.Where(e => e.Kind == ProgressEntryKind.SignOff || e.Kind == ProgressEntryKind.Reopen)
                    .OrderByDescending(e => e.RecordedAtUtc).ThenByDescending(e => e.Id).Select(e => (ProgressEntryKind?)e.Kind).FirstOrDefault(),
            })
            .OrderBy(f => f.Number)
            .ToListAsync(cancellationToken);
        var colours = rows
            .Select(r => (r.Number, ladder.StandingOf(r.Status, r.Deadline, r.Status == FindingStatus.InProgress && r.LastTurn == ProgressEntryKind.Reopen, report.Today).Colour))
            .Where(r => r.Colour != SupervisionColour.None)
            .GroupBy(r => r.Colour)
            .OrderByDescending(g => g.Key)
            .Select(g => new DigestColourGroup(g.Key, [.. g.Select(r => r.Number)]))
            .ToList();
        var recurrences = rows.Where(r => r.RecurrenceCount > 0).Select(r => new DigestRecurrence(r.Number, r.RecurrenceCount)).ToList();
        var completed = report with { Supervision = new DigestSupervision(colours, recurrences) };
        if (reader is not { Role: PersonRole.Leader })
        {
            return completed;
        }

        var mine = rows.Where(r => reader.IsLeaderNamed(r.ResponsibleLeader)).Select(r => r.Number).ToList();
        return mine.Count == 0 ? completed : new DigestAccountability(reader.Name, mine).Apply(completed);
    }
}
