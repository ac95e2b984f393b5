using Microsoft.EntityFrameworkCore;

namespace Rectification.Bot.Storage;

/// <summary>
/// Makes each inbound activity be processed once, across retries and across bot instances: the first
/// request to claim channel + conversation + activity id wins; the database's unique key decides.
/// </summary>
public sealed class ProcessedActivities(BotStateDbContext db, TimeProvider clock)
{
    /// <summary>How long an activity id is remembered; channel retries come within seconds.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public async Task<bool> TryClaimAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var claim = new ProcessedActivity(channelId, conversationId, activityId, clock.GetUtcNow().UtcDateTime);
        db.ProcessedActivities.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(claim).State = EntityState.Detached;
            var alreadyClaimed = await db.ProcessedActivities.AnyAsync(
                a => a.ChannelId == channelId && a.ConversationId == conversationId && a.ActivityId == activityId,
                cancellationToken);
            if (!alreadyClaimed)
            {
                throw;
            }

            return false;
        }
    }

    /// <summary>
    /// Gives a claim back when the activity could not be processed, so the channel's retry is processed instead
    /// of being acknowledged as a duplicate.
    /// </summary>
    public Task<int> ReleaseAsync(string channelId, string conversationId, string activityId) =>
        db.ProcessedActivities
            .Where(a => a.ChannelId == channelId && a.ConversationId == conversationId && a.ActivityId == activityId)
            .ExecuteDeleteAsync(CancellationToken.None);

    public Task<int> ForgetOlderThanWindowAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Window;
        return db.ProcessedActivities.Where(a => a.ReceivedAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
