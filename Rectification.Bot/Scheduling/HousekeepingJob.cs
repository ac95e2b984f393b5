using Quartz;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// Forgets inbound activity ids older than the de-duplication window, so the table that makes retried activities
/// run once stays small. Hourly; any instance may run it (a delete of old rows is safe to repeat).
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class HousekeepingJob(ProcessedActivities processed, ILogger<HousekeepingJob> logger) : IJob
{
    public static readonly JobKey Key = new("housekeeping", "rectification");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            var forgotten = await processed.ForgetOlderThanWindowAsync(cancellationToken);
            LogForgotten(forgotten);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} processed activity ids older than the de-duplication window")]
    private partial void LogForgotten(int count);

    [LoggerMessage(EventId = FailureEvents.HousekeepingFailed, Level = LogLevel.Warning, Message = "Housekeeping failed; it runs again in an hour.")]
    private partial void LogFailed(Exception error);
}
