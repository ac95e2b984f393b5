using Microsoft.EntityFrameworkCore;

namespace Rectification.Bot.Storage;

/// <summary>
/// Makes each inbound activity be processed once, across retries and across bot instances: the first
/// request to claim channel + conversation + activity id wins; the database's unique key decides.
/// </summary>
public sealed class ProcessedActivities(BotStateDbContext db, ActivityClaimWriter claims, TimeProvider clock)
{
    /// <summary>How long an activity id is remembered; channel retries come within seconds.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>True for the first claim on this activity, here or on any instance; false for a retry.</summary>
    public Task<bool> TryClaimAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken) =>
        claims.ClaimAsync(new ProcessedActivity(channelId, conversationId, activityId, clock.GetUtcNow().UtcDateTime), cancellationToken);

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
