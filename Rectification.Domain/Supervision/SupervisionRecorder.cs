using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Supervision;

/// <summary>
/// Places the current round's open findings on the ladder and records every change of colour in the finding's
/// history, through the aggregate (督办留痕). Each finding is saved on its own with its version checked, so two
/// instances running at once record a change once: the one that loses the race finds it already recorded.
/// </summary>
public sealed class SupervisionRecorder(LedgerDbContext db)
{
    /// <summary>The bot's name as the author of the ladder's entries.</summary>
    public static ProgressAuthor Author { get; } = new(null, "督办提醒", ProgressSource.Supervision);

    /// <summary>The open findings' standings today (reading the ledger as it is after recording), by finding number.</summary>
    public async Task<IReadOnlyDictionary<int, SupervisionStanding>> RecordAsync(
        SupervisionLadder ladder, DateOnly today, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        var numbers = await db.Findings.AsNoTracking().OfCurrentRound(db.Inspections)
            .Where(f => f.Status == FindingStatus.InProgress).OrderBy(f => f.Number).Select(f => f.Number).ToListAsync(cancellationToken);
        var standings = new Dictionary<int, SupervisionStanding>();
        foreach (var number in numbers)
        {
            standings[number] = await RecordOneAsync(ladder, number, today, nowUtc, cancellationToken);
        }

        return standings;
    }

    private async Task<SupervisionStanding> RecordOneAsync(SupervisionLadder ladder, int number, DateOnly today, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var finding = await db.Findings.OfCurrentRound(db.Inspections).WithDetails().SingleAsync(f => f.Number == number, cancellationToken);
        var standing = ladder.StandingOf(finding, today);
        if (finding.RecordSupervision(standing, Author, nowUtc) is not null)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed the finding meanwhile (another instance recorded this very change, or a person reported):
                // the next run sees the new state and records what is still unrecorded.
            }
        }

        db.ChangeTracker.Clear();
        return standing;
    }
}
