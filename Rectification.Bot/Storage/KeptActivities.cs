using Microsoft.EntityFrameworkCore;

namespace Rectification.Bot.Storage;

/// <summary>The kept activities of conversations whose clients fetch them (<see cref="KeptActivity"/>).</summary>
public sealed class KeptActivities(BotStateDbContext db, TimeProvider clock)
{
    /// <summary>Writers racing for the same next number in one conversation: a turn's replies and a digest at once.</summary>
    private const int Attempts = 8;

    /// <summary>
    /// Appends an activity as the conversation's next one; <paramref name="jsonFor"/> writes it knowing its sequence
    /// (its id carries it). Returns that sequence.
    /// </summary>
    public async Task<long> AppendAsync(string channel, string conversationId, Func<long, DateTime, string> jsonFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jsonFor);
        for (var attempt = 1; ; attempt++)
        {
            var next = await LastSequenceAsync(channel, conversationId, cancellationToken) + 1;
            var now = clock.GetUtcNow().UtcDateTime;
            var kept = new KeptActivity(channel, conversationId, next, jsonFor(next, now), now);
            db.KeptActivities.Add(kept);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return next;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another writer took this number first; ours goes after theirs.
                db.Entry(kept).State = EntityState.Detached;
            }
        }
    }

    /// <summary>The conversation's activities after <paramref name="afterSequence"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<KeptActivity>> AfterAsync(string channel, string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        await db.KeptActivities.AsNoTracking()
            .Where(a => a.Channel == channel && a.ConversationId == conversationId && a.Sequence > afterSequence)
            .OrderBy(a => a.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>The sequence of the conversation's newest activity; 0 when it has none.</summary>
    public async Task<long> LastSequenceAsync(string channel, string conversationId, CancellationToken cancellationToken) =>
        await db.KeptActivities
            .Where(a => a.Channel == channel && a.ConversationId == conversationId)
            .MaxAsync(a => (long?)a.Sequence, cancellationToken) ?? 0;
}
