using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Rectification.Bot.Hosting.Health;

/// <summary>
/// Ready when the database of <typeparamref name="TContext"/> answers and every migration of this build is applied.
/// The description says only which of the two failed and how many migrations wait: never the connection string or
/// the engine's error text, which may carry a host, a user or a password.
/// </summary>
internal sealed class DatabaseReadinessCheck<TContext>(TContext db) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "The database does not answer.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("Reachable; all migrations applied.")
                : new HealthCheckResult(context.Registration.FailureStatus, $"Reachable; {pending} migration(s) not applied.");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The error itself stays out of the answer (it may name the server and user); the log has it.
            return new HealthCheckResult(context.Registration.FailureStatus, "The database could not be checked.");
        }
    }
}
