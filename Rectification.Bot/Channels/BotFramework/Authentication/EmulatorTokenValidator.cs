using Microsoft.IdentityModel.JsonWebTokens;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Tokens the Bot Framework Emulator gets from Entra ID with the bot's own credentials (brief 2.4): an Entra issuer,
/// the Entra key set, and the caller app id (<c>appid</c> for v1, <c>azp</c> for v2) equal to our app id. Like the
/// SDK, <c>aud</c> is not checked on this path; the app id check is what ties the token to this bot.
/// </summary>
internal sealed class EmulatorTokenValidator(
    BotFrameworkAuthenticationSettings settings, OpenIdKeyCaches keyCaches, SignedTokenValidator validator)
{
    private readonly OpenIdKeyCache keys = keyCaches.For(settings.EmulatorOpenIdMetadataUrl);

    public async Task<BotCallerIdentity> ValidateAsync(
        JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var requirements = new TokenRequirements(
            EmulatorIssuers.For(token), ValidAudience: null, EndorsementRequired: false, activity.ChannelId);
        var validated = await validator.ValidateAsync(token, keys, requirements, cancellationToken).ConfigureAwait(false);
        var appId = CallerAppId(validated.Token);
        if (!string.Equals(appId, settings.AppId, StringComparison.Ordinal))
        {
            throw new BotFrameworkAuthenticationException(AuthenticationFailureReason.InvalidAppId,
                $"The Emulator token was issued to app '{appId}', not to this bot.");
        }

        return new BotCallerIdentity(true, validated.Identity, appId, settings.CallerId);
    }

    private static string? CallerAppId(JsonWebToken token)
    {
        var version = BotFrameworkClaims.VersionOf(token);
        // The claim must be there (the SDK demands it); blank counts as 1.0, as in the SDK.
        if (version is null || !(string.IsNullOrWhiteSpace(version) || version is "1.0" or "2.0"))
        {
            throw new BotFrameworkAuthenticationException(AuthenticationFailureReason.UnsupportedTokenVersion,
                $"Emulator token version '{version ?? "(none)"}' is not 1.0 or 2.0.");
        }

        return BotFrameworkClaims.CallerAppId(token, version);
    }
}
