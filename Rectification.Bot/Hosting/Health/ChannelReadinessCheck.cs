using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Rectification.Bot.Hosting.Health;

/// <summary>
/// Ready when an enabled channel's settings pass its validators (the same ones that ran at start-up). Reading the
/// options again catches settings reloaded since. The answer names the channel, never a setting's value.
/// </summary>
internal sealed class ChannelReadinessCheck<TOptions>(IOptionsMonitor<TOptions> options) : IHealthCheck
    where TOptions : class
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = options.CurrentValue;
            return Task.FromResult(HealthCheckResult.Healthy("Configured."));
        }
        catch (OptionsValidationException)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "Its settings do not pass validation; see the start-up log."));
        }
    }
}
