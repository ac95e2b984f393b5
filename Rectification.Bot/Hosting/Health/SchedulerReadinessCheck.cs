using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;
using SchedulingOptions = Rectification.Bot.Scheduling.SchedulingOptions;

namespace Rectification.Bot.Hosting.Health;

/// <summary>Ready when the scheduler runs (Quartz says Running: started, neither on standby nor shutting down), or when it is switched off on purpose.</summary>
internal sealed class SchedulerReadinessCheck(ISchedulerFactory schedulers, IOptions<SchedulingOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return HealthCheckResult.Healthy($"Switched off ({SchedulingOptions.Section}:{nameof(SchedulingOptions.Enabled)}=false).");
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("Running.")
            : new HealthCheckResult(context.Registration.FailureStatus, "Not running.");
    }
}
