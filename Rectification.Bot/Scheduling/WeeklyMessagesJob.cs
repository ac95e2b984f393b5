using Quartz;
using Rectification.Bot.Hosting.Logging;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// The one Quartz job: enqueue the digests, reminders and follow-up checks (回头看) that are due, then drain the outbox. Quartz only
/// triggers it (every minute, and once at start-up, so a digest missed while the bot was down goes out at once);
/// what is due is decided by <see cref="WeeklySchedule"/> and the outbox keys.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class WeeklyMessagesJob(
    DigestScheduler digests,
    ReminderScheduler reminders,
    FollowUpScheduler followUps,
    OutboxDelivery delivery,
    IHostApplicationLifetime lifetime,
    ILogger<WeeklyMessagesJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-messages", "rectification");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // The host's stopping signal reaches the delivery itself, whatever Quartz does with its own token on shutdown:
        // the send under way finishes, nothing further is taken up (OutboxDelivery).
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await digests.EnqueueDueAsync(ignoreTime: false, stopping.Token);
            await reminders.EnqueueDueAsync(ignoreTime: false, stopping.Token);
            await followUps.EnqueueDueAsync(ignoreTime: false, stopping.Token);
            await delivery.DeliverDueAsync(stopping.Token);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The next firing tries again; the outbox keeps what was enqueued.
            LogFailed(error);
        }
    }

    [LoggerMessage(EventId = FailureEvents.WeeklyMessagesJobFailed, Level = LogLevel.Error, Message = "The weekly messages job failed; it runs again at its next firing.")]
    private partial void LogFailed(Exception error);
}
