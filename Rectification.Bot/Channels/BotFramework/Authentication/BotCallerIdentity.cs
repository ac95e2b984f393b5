using System.Security.Claims;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>The outcome of a successful authentication.</summary>
/// <param name="IsAuthenticated">False only for the anonymous caller accepted while authentication is off.</param>
/// <param name="ClaimsIdentity">The validated token's claims (raw JWT claim names); empty when anonymous.</param>
/// <param name="AppId">The bot's app id the token was issued for; null when anonymous.</param>
/// <param name="CallerId">
/// What to stamp on <c>activity.callerId</c> (never trust the value on the wire): <c>urn:botframework:azure</c>,
/// <c>urn:botframework:azureusgov</c> or the configured CallerId; null when anonymous.
/// </param>
public sealed record BotCallerIdentity(
    bool IsAuthenticated, ClaimsIdentity ClaimsIdentity, string? AppId, string? CallerId)
{
    /// <summary>The caller of a request without an Authorization header while no app id is configured.</summary>
    public static BotCallerIdentity CreateAnonymous() => new(false, new ClaimsIdentity(), null, null);
}
