using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// The outbox table's operations. Every state change is one conditional UPDATE, so two instances (or a job that
/// fires twice) never both own a row: whoever's UPDATE matched owns it, the other sees 0 rows changed.
/// </summary>
public sealed class Outbox(BotStateDbContext db, TimeProvider clock)
{
    /// <summary>Adds the message unless a row with its key exists; false when it was already enqueued.</summary>
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await ExistsAsync(message.Key, cancellationToken))
        {
            return false;
        }

        db.OutboxMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique key: another instance (or a second firing) enqueued it between our check and our insert.
            db.Entry(message).State = EntityState.Detached;
            if (await ExistsAsync(message.Key, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        db.OutboxMessages.AnyAsync(m => m.Key == key, cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> rows due for sending: pending or failed rows whose next attempt has come,
    /// and rows left "sending" by an instance whose lease ran out (it crashed or hung mid-send). Each claim is a
    /// conditional UPDATE on the state and lease read, so exactly one claimant wins each row.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimDueAsync(string owner, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => ((m.State == OutboxState.Pending || m.State == OutboxState.Failed) && m.NextAttemptAtUtc <= now)
                || (m.State == OutboxState.Sending && m.LeaseUntilUtc < now))
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Take(max)
            .Select(m => new { m.Id, m.State, m.LeaseUntilUtc, m.Attempts, m.InterruptedSends })
            .ToListAsync(cancellationToken);

        var claimed = new List<ClaimedMessage>();
        foreach (var candidate in candidates)
        {
            var interrupted = candidate.State == OutboxState.Sending;
            var leaseUntil = now + lease;
            var changed = await db.OutboxMessages
                .Where(m => m.Id == candidate.Id && m.State == candidate.State && m.Attempts == candidate.Attempts && m.LeaseUntilUtc == candidate.LeaseUntilUtc)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(m => m.State, OutboxState.Sending)
                        .SetProperty(m => m.LeaseOwner, owner)
                        .SetProperty(m => m.LeaseUntilUtc, leaseUntil)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.InterruptedSends, m => m.InterruptedSends + (interrupted ? 1 : 0)),
                    cancellationToken);
            if (changed == 1)
            {
                var row = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == candidate.Id, cancellationToken);
                claimed.Add(new ClaimedMessage(row, interrupted));
            }
        }

        return claimed;
    }

    /// <summary>Marks a row this owner claimed as sent; false if the lease was lost to another instance meanwhile.</summary>
    public async Task<bool> MarkSentAsync(long id, string owner, string? activityId, CancellationToken cancellationToken) =>
        await Owned(id, owner).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.State, OutboxState.Sent)
                .SetProperty(m => m.SentAtUtc, clock.GetUtcNow().UtcDateTime)
                .SetProperty(m => m.SentActivityId, activityId)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null),
            cancellationToken) == 1;

    /// <summary>Schedules another attempt after <paramref name="backoff"/>, keeping the error visible.</summary>
    public Task<int> MarkFailedAsync(long id, string owner, string error, TimeSpan backoff, CancellationToken cancellationToken) =>
        Owned(id, owner).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.State, OutboxState.Failed)
                .SetProperty(m => m.NextAttemptAtUtc, clock.GetUtcNow().UtcDateTime + backoff)
                .SetProperty(m => m.LastError, Shorten(error))
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
            cancellationToken);

    /// <summary>Gives a row up for good (refused, blocked, too many failures), keeping the reason visible.</summary>
    public Task<int> AbandonAsync(long id, string? owner, string error, CancellationToken cancellationToken) =>
        (owner is null ? db.OutboxMessages.Where(m => m.Id == id) : Owned(id, owner)).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.State, OutboxState.Abandoned)
                .SetProperty(m => m.LastError, Shorten(error))
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
            cancellationToken);

    /// <summary>Rows not sent (pending, sending, failed, abandoned), oldest first: what `digest status` shows.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ListUnsentAsync(CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.State != OutboxState.Sent)
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);

    private IQueryable<OutboxMessage> Owned(long id, string owner) =>
        db.OutboxMessages.Where(m => m.Id == id && m.State == OutboxState.Sending && m.LeaseOwner == owner);

    private static string Shorten(string error) =>
        error.Length <= OutboxMessage.MaxErrorLength ? error : error[..(OutboxMessage.MaxErrorLength - 1)] + "…";
}

/// <summary>A row this instance now owns; <see cref="Interrupted"/> when an earlier send of it may have arrived.</summary>
public sealed record ClaimedMessage(OutboxMessage Message, bool Interrupted);
