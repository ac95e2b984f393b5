using Microsoft.IdentityModel.JsonWebTokens;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Tokens from the Bot Connector service (brief 2.3): the channel issuer, the channel key set, <c>aud</c> equal to
/// our app id, a key endorsed for the activity's channel, and a <c>serviceurl</c> claim equal to the activity's
/// serviceUrl, which is what stops a captured token from steering replies to another host.
/// </summary>
internal sealed class ChannelTokenValidator(
    BotFrameworkAuthenticationSettings settings, OpenIdKeyCaches keyCaches, SignedTokenValidator validator)
{
    private readonly OpenIdKeyCache keys = keyCaches.For(settings.ChannelOpenIdMetadataUrl);

    public async Task<BotCallerIdentity> ValidateAsync(
        JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var requirements = new TokenRequirements(
            [settings.ChannelTokenIssuer], settings.AppId, EndorsementRequired: true, activity.ChannelId);
        var validated = await validator.ValidateAsync(token, keys, requirements, cancellationToken).ConfigureAwait(false);
        EnsureServiceUrlMatches(validated.Token, activity.ServiceUrl);
        return new BotCallerIdentity(true, validated.Identity, settings.AppId, settings.CallerId);
    }

    // The SDK skips this check only for an activity without a serviceUrl, which cannot be answered anyway.
    private static void EnsureServiceUrlMatches(JsonWebToken token, string? activityServiceUrl)
    {
        if (activityServiceUrl is null)
        {
            return;
        }

        if (!token.TryGetPayloadValue<string>(BotFrameworkClaims.ServiceUrl, out var claimed)
            || string.IsNullOrWhiteSpace(claimed)
            || !string.Equals(claimed, activityServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new BotFrameworkAuthenticationException(AuthenticationFailureReason.ServiceUrlMismatch,
                $"The token's serviceurl claim does not match the activity's serviceUrl '{activityServiceUrl}'.");
        }
    }
}
