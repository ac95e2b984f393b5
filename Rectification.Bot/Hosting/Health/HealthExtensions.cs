using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rectification.Bot.Channels.BotFramework;
using Rectification.Bot.Channels.BotFramework.Adapter;
using Rectification.Bot.Channels.Telegram;
using Rectification.Bot.Storage;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Health;

/// <summary>
/// /healthz (liveness: the process answers; no dependency is asked, so a database outage never gets the bot
/// restarted) and /readyz (readiness: the databases answer with every migration applied, the scheduler runs, each
/// enabled channel is configured, the web sign-in's settings hold). Both answer anyone, so they show check names and states, never a value.
/// </summary>
public static class HealthExtensions
{
    public const string LivenessPath = "/healthz";

    public const string ReadinessPath = "/readyz";

    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadinessCheck<LedgerDbContext>>("ledger-database", tags: [ReadyTag])
            .AddCheck<DatabaseReadinessCheck<BotStateDbContext>>("bot-state-database", tags: [ReadyTag])
            .AddCheck<SchedulerReadinessCheck>("scheduler", tags: [ReadyTag])
            .AddCheck<WebSignInReadinessCheck>("web-sign-in", tags: [ReadyTag]);
        if (BotFrameworkChannelExtensions.IsEnabled(builder.Configuration))
        {
            checks.AddCheck<ChannelReadinessCheck<BotFrameworkOptions>>("channel-botframework", tags: [ReadyTag]);
        }

        if (builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() is { IsEnabled: true })
        {
            checks.AddCheck<ChannelReadinessCheck<TelegramOptions>>("channel-telegram", tags: [ReadyTag]);
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    /// <summary>{"status":"Healthy","checks":{"scheduler":{"status":"Healthy","description":"Running."}}}</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
