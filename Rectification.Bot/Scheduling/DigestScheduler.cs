using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// Puts each subscriber's digest of the current week into the outbox once its time has come. Only the current
/// week (in the subscriber's time zone) is ever enqueued, so after an outage a subscriber gets one digest, not one
/// per missed week; the outbox key (subscription, week) makes a second firing or a second instance harmless. Each
/// digest carries the supervision section and, for a responsible leader, their findings first.
/// </summary>
public sealed partial class DigestScheduler(
    BotStateDbContext db,
    DigestSource source,
    DigestSupervisionSource supervision,
    PeopleDirectory people,
    Outbox outbox,
    TimeProvider clock,
    IOptions<DigestSettings> settings,
    ILogger<DigestScheduler> logger)
{
    /// <param name="ignoreTime">True for `digest send`: every active subscriber not yet served this week, whatever the time.</param>
    /// <returns>How many digests were enqueued.</returns>
    public async Task<int> EnqueueDueAsync(bool ignoreTime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var subscriptions = await db.DigestSubscriptions.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        // Subscribers in one time zone covering the same round share a week, so it is read once.
        var rounds = new Dictionary<(DigestPeriod, int?), DigestRound>();
        IReadOnlyList<Person>? everyone = null;
        var enqueued = 0;
        foreach (var subscription in subscriptions)
        {
            var zone = subscription.Zone();
            var (period, dueAt) = WeeklySchedule.Current(now, zone, subscription.Day, subscription.LocalTime);
            if (!ignoreTime && !IsDue(dueAt, now, subscription))
            {
                continue;
            }

            var key = OutboxKeys.Digest(subscription.Id, period.Key);
            if (await outbox.ExistsAsync(key, cancellationToken))
            {
                continue;
            }

            var reference = await db.ConversationReferences.AsNoTracking()
                .FirstOrDefaultAsync(r => r.ChannelId == subscription.ChannelId && r.ConversationId == subscription.ConversationId, cancellationToken);
            if (reference is null)
            {
                LogNoReference(subscription.Id, subscription.ChannelId, subscription.UserId);
                continue;
            }

            var covered = DigestMessages.PeriodOf(zone, now);
            if (!rounds.TryGetValue((covered, subscription.RoundInspectionId), out var round))
            {
                rounds[(covered, subscription.RoundInspectionId)] = round = await source.LoadRoundAsync(covered, subscription.RoundInspectionId, settings.Value.Content.MaxChangeLines, cancellationToken);
            }

            everyone ??= await people.ListAsync(includeInactive: false, cancellationToken);
            var reader = ReaderOf(everyone, subscription.UserId);
            var report = await ReportAsync(round, covered, now, reader, cancellationToken);
            var digest = DigestMessages.ToMessage(report, subscription.Language);
            var message = new OutboxMessage(
                key, OutboxKeys.DigestKind, subscription.Id, subscription.ChannelId, subscription.ConversationId, subscription.UserId,
                MessageJson.Serialize(reference.ToConversation()), MessageJson.Serialize(digest), now.UtcDateTime);
            if (await outbox.EnqueueAsync(message, cancellationToken))
            {
                enqueued++;
                LogEnqueued(key, subscription.UserId, dueAt);
            }
        }

        return enqueued;
    }

    /// <summary>Due once this week's time has come, but not for a week whose time passed before the person subscribed.</summary>
    internal static bool IsDue(DateTimeOffset dueAt, DateTimeOffset now, DigestSubscription subscription) =>
        dueAt <= now && dueAt.UtcDateTime >= DateTime.SpecifyKind(subscription.SubscribedAtUtc, DateTimeKind.Utc);

    /// <summary>
    /// The digest as its reader gets it: the covered week of the round, completed with the supervision section and, for
    /// a responsible leader, their findings first. The scheduler and `digest preview` both build it here.
    /// </summary>
    public Task<DigestReport> ReportAsync(DigestRound round, DigestPeriod covered, DateTimeOffset now, Person? reader, CancellationToken cancellationToken) =>
        supervision.CompleteAsync(source.Build(round, covered, now, settings.Value.Content), reader, cancellationToken);

    /// <summary>The person a subscription's user id names, among the active people.</summary>
    public static Person? ReaderOf(IReadOnlyList<Person> everyone, string userId) => everyone.FirstOrDefault(p => p.IsNamedBy(userId));

    [LoggerMessage(EventId = FailureEvents.DigestWithoutConversation, Level = LogLevel.Warning, Message = "Digest subscription {SubscriptionId} ({ChannelId}/{UserId}) has no stored conversation to send to; skipped.")]
    private partial void LogNoReference(long subscriptionId, string channelId, string userId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Digest {Key} for {UserId} enqueued (due {DueAt:o}).")]
    private partial void LogEnqueued(string key, string userId, DateTimeOffset dueAt);
}
