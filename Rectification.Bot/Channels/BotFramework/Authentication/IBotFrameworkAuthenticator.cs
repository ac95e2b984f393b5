using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Decides whether an inbound Bot Framework request may be processed (brief sections 2.2–2.5).
/// </summary>
public interface IBotFrameworkAuthenticator
{
    /// <summary>
    /// Authenticates the request that carried <paramref name="activity"/>.
    /// </summary>
    /// <param name="activity">The deserialized body; its channelId and serviceUrl are checked against the token.</param>
    /// <param name="authorizationHeader">The raw Authorization header, or null when the request had none.</param>
    /// <param name="cancellationToken">Cancels a key download this request would wait for.</param>
    /// <returns>Who called; anonymous (not authenticated, no caller id) only when no app id is configured.</returns>
    /// <exception cref="BotFrameworkAuthenticationException">
    /// The request must be refused with 401 and no body. The reason has already been logged.
    /// </exception>
    Task<BotCallerIdentity> AuthenticateAsync(
        Activity activity, string? authorizationHeader, CancellationToken cancellationToken);
}
