using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>What a path (channel or Emulator) requires of a token beyond a good signature and lifetime.</summary>
/// <param name="ValidIssuers">Accepted <c>iss</c> values (ordinal).</param>
/// <param name="ValidAudience">The required <c>aud</c>, or null where the SDK checks the app id another way.</param>
/// <param name="EndorsementRequired">Whether the signing key must carry endorsements at all.</param>
/// <param name="ChannelId">The activity's channelId, which the key's endorsements must contain.</param>
internal sealed record TokenRequirements(
    IReadOnlyList<string> ValidIssuers, string? ValidAudience, bool EndorsementRequired, string? ChannelId);

/// <summary>A token whose signature, lifetime, issuer, audience and endorsement have all been checked.</summary>
internal sealed record ValidatedToken(JsonWebToken Token, ClaimsIdentity Identity);

/// <summary>
/// The checks both paths share, done by IdentityModel: algorithm (RS256/384/512 only), signature with the key
/// the token's kid names, lifetime with 5 minutes of clock skew, issuer, audience; then the key's endorsements.
/// </summary>
internal sealed class SignedTokenValidator(TimeProvider timeProvider)
{
    private readonly TokenLifetime lifetime = new(timeProvider);

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async Task<ValidatedToken> ValidateAsync(
        JsonWebToken token, OpenIdKeyCache keys, TokenRequirements requirements, CancellationToken cancellationToken)
    {
        // Checked before any key lookup, so an HS256 token (signed with a public key as the HMAC secret, the classic
        // confusion attack) or alg "none" never costs a download.
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            throw Failure(AuthenticationFailureReason.DisallowedAlgorithm, $"Algorithm '{token.Alg}' is not allowed.");
        }

        var signingKey = await FindSigningKeyAsync(token, keys, cancellationToken).ConfigureAwait(false);
        var result = await Handler.ValidateTokenAsync(token, Parameters(signingKey, requirements)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            throw TokenValidationFailure.From(result.Exception);
        }

        if (!signingKey.IsEndorsedFor(requirements.ChannelId, requirements.EndorsementRequired))
        {
            throw Failure(AuthenticationFailureReason.MissingEndorsement,
                $"Signing key '{signingKey.KeyId}' is not endorsed for channel '{requirements.ChannelId}'.");
        }

        return new ValidatedToken((JsonWebToken)result.SecurityToken, result.ClaimsIdentity);
    }

    private static async Task<OpenIdSigningKey> FindSigningKeyAsync(
        JsonWebToken token, OpenIdKeyCache keys, CancellationToken cancellationToken)
    {
        // Bot Framework and Entra ID tokens always name their key; without a kid the endorsements cannot be found.
        if (string.IsNullOrEmpty(token.Kid))
        {
            throw Failure(AuthenticationFailureReason.MissingKeyId, "The token names no signing key (kid).");
        }

        return await keys.FindAsync(token.Kid, cancellationToken).ConfigureAwait(false)
            ?? throw Failure(AuthenticationFailureReason.UnknownSigningKey,
                $"Key '{token.Kid}' is not published at {keys.MetadataUrl}.");
    }

    private TokenValidationParameters Parameters(OpenIdSigningKey signingKey, TokenRequirements requirements) => new()
    {
        IssuerSigningKeys = signingKey.SecurityKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        ValidateIssuer = true,
        ValidIssuers = requirements.ValidIssuers,
        ValidateAudience = requirements.ValidAudience is not null,
        ValidAudience = requirements.ValidAudience,
        IgnoreTrailingSlashWhenValidatingAudience = false, // the app id must match exactly
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = lifetime.Validate,
    };

    private static BotFrameworkAuthenticationException Failure(AuthenticationFailureReason reason, string message) =>
        new(reason, message);
}
