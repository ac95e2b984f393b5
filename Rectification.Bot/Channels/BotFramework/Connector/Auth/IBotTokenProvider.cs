namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>The bearer token for calls to the Connector, as this bot's app identity.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token, or null in local mode, where calls go out without one.</summary>
    /// <exception cref="BotTokenAcquisitionException">The identity provider did not issue a token.</exception>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Local (Emulator) mode: no app id, no token, as the SDK does.</summary>
internal sealed class NoBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
