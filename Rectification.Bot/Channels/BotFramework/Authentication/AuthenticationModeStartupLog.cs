using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rectification.Bot.Hosting.Logging;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Says at start-up how inbound requests are checked, and warns loudly when they are not: an instance that was
/// deployed without its MicrosoftAppId accepts anyone who can reach /api/messages.
/// </summary>
internal sealed partial class AuthenticationModeStartupLog(
    BotFrameworkAuthenticationSettings settings, ILogger<AuthenticationModeStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.IsAuthenticationDisabled)
        {
            LogAuthenticationOff();
        }
        else
        {
            LogAuthenticationOn(settings.AppId!, settings.ChannelTokenIssuer, settings.ChannelOpenIdMetadataUrl,
                settings.EmulatorOpenIdMetadataUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = FailureEvents.BotFrameworkAuthenticationOff, Level = LogLevel.Warning, Message =
        "Bot Framework authentication is OFF: MicrosoftAppId is empty, so requests to /api/messages without an " +
        "Authorization header are accepted from anyone (Emulator mode). Set MicrosoftAppId before exposing this bot.")]
    private partial void LogAuthenticationOff();

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Bot Framework authentication is on for app {AppId}: channel tokens from {ChannelIssuer} with keys from " +
        "{ChannelMetadataUrl}, Emulator tokens with keys from {EmulatorMetadataUrl}.")]
    private partial void LogAuthenticationOn(
        string appId, string channelIssuer, Uri channelMetadataUrl, Uri emulatorMetadataUrl);
}
