using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Rectification.Bot.Security;
using Rectification.Bot.Security.WebSignIn;

namespace Rectification.Bot.Hosting.Health;

/// <summary>
/// Ready when the web sign-in's settings pass their validator (as at start-up); says whether people sign in, the
/// pages are open (Development) or there are none, never a setting's value.
/// </summary>
internal sealed class WebSignInReadinessCheck(IOptionsMonitor<WebSignInOptions> options, SecurityPolicy policy) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var description = options.CurrentValue.IsEnabled
                ? "People sign in with Entra ID."
                : policy.Mode == SecurityMode.Development ? "No sign-in (Development): the pages are open." : "Off: no web page is served.";
            return Task.FromResult(HealthCheckResult.Healthy(description));
        }
        catch (OptionsValidationException)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "Its settings do not pass validation; see the start-up log."));
        }
    }
}
