namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>A token and the moment it stops being valid.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset ExpiresOn);

/// <summary>Where tokens come from (MSAL client credentials or managed identity); called only when the cache needs one.</summary>
internal interface IAccessTokenSource
{
    Task<AccessToken> AcquireAsync(CancellationToken cancellationToken);
}
