using Microsoft.IdentityModel.Tokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// IdentityModel's lifetime rule (exp required, nbf not after exp, both with the clock skew) read from a
/// <see cref="TimeProvider"/>: <c>TokenValidationParameters.TimeProvider</c> is internal in 8.x, and the key cache
/// and token lifetimes must follow the same clock for tests to move it. It throws the library's own exceptions, so
/// a failure reads the same as one raised by the library.
/// </summary>
internal sealed class TokenLifetime(TimeProvider timeProvider)
{
    public bool Validate(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry (exp).");
        }

        if (notBefore > expires)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.")
            {
                NotBefore = notBefore, Expires = expires,
            };
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (notBefore > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet (nbf).") { NotBefore = notBefore!.Value };
        }

        if (expires < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired (exp).") { Expires = expires.Value };
        }

        return true;
    }
}
