using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Rectification.Bot.Channels.BotFramework.Adapter;

namespace Rectification.Bot.Hosting;

/// <summary>Tells whoever started the bot where it listens and how to talk to it.</summary>
internal sealed partial class StartupBanner(
    IServer server,
    IHostApplicationLifetime lifetime,
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
        foreach (var address in addresses)
        {
            LogListening(address.TrimEnd('/') + BotFrameworkEndpoint.Path, address.TrimEnd('/') + "/api/findings");
        }

        LogHowToChat();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rectification Bot listens: Bot Framework activities at {MessagesUrl}, ledger API at {ApiUrl}")]
    private partial void LogListening(string messagesUrl, string apiUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "To chat in this terminal instead: dotnet run --project Rectification.Bot -- chat   (or point the Bot Framework Emulator at the messages URL)")]
    private partial void LogHowToChat();
}
