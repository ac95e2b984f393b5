using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Rectification.Bot.Channels.BotFramework.Adapter;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Security;
using Rectification.Domain.People;

namespace Rectification.Bot.Hosting;

/// <summary>Tells whoever started the bot where it listens, how to talk to it, and how open it is.</summary>
internal sealed partial class StartupBanner(
    IServer server,
    IHostApplicationLifetime lifetime,
    SecurityPolicy security,
    ReportingRules reporting,
    IConfiguration configuration,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var botFramework = BotFrameworkChannelExtensions.IsEnabled(configuration);
        foreach (var address in addresses)
        {
            if (botFramework)
            {
                LogListening(address.TrimEnd('/') + BotFrameworkEndpoint.Path, address.TrimEnd('/') + "/api/findings");
            }
            else
            {
                LogListeningWithoutBotFramework(address.TrimEnd('/') + "/api/findings");
            }
        }

        LogHowToChat();
        AnnounceSecurity();
    }

    private void AnnounceSecurity()
    {
        if (security.Mode == SecurityMode.Development)
        {
            LogDevelopmentMode(SecurityOptions.ModeKey);
            if (SecurityOptions.AllowsUnauthenticatedExposure(configuration))
            {
                LogExposedWithoutAuthentication(SecurityOptions.AllowUnauthenticatedKey);
            }
            else
            {
                LogLoopbackOnly();
            }
        }
        else
        {
            LogProductionMode(SecurityOptions.ModeKey);
        }

        if (reporting.AllowUnknownUsers)
        {
            LogUnknownUsersMayReport();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rectification Bot listens: Bot Framework activities at {MessagesUrl}, ledger API at {ApiUrl}")]
    private partial void LogListening(string messagesUrl, string apiUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rectification Bot listens: ledger API at {ApiUrl}; the Bot Framework channel is off (BotFramework:Enabled=false)")]
    private partial void LogListeningWithoutBotFramework(string apiUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "To chat in this terminal instead: dotnet run --project Rectification.Bot -- chat   (or point the Bot Framework Emulator at the messages URL)")]
    private partial void LogHowToChat();

    [LoggerMessage(EventId = FailureEvents.RunsUnauthenticated, Level = LogLevel.Warning, Message =
        "{ModeKey} is Development: the bot runs UNAUTHENTICATED. The ledger API answers without a key and a channel " +
        "without credentials (the Emulator's mode) accepts anyone. Do not expose this instance; set {ModeKey}=Production to deploy.")]
    private partial void LogDevelopmentMode(string modeKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local mode: the bot listens on loopback only, so only this machine can reach it.")]
    private partial void LogLoopbackOnly();

    [LoggerMessage(EventId = FailureEvents.ExposedWithoutAuthentication, Level = LogLevel.Warning, Message =
        "{AllowKey} is true: this UNAUTHENTICATED bot may listen on addresses other machines can reach. Anyone there may use the ledger API and speak for any user.")]
    private partial void LogExposedWithoutAuthentication(string allowKey);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "{ModeKey} is Production: channels authenticate their callers and the ledger API requires an X-Api-Key.")]
    private partial void LogProductionMode(string modeKey);

    [LoggerMessage(EventId = FailureEvents.UnknownPeopleMayReport, Level = LogLevel.Warning, Message =
        "People the bot does not know may report progress (Reporting:AllowUnknownUsers, or Development by default).")]
    private partial void LogUnknownUsersMayReport();
}
