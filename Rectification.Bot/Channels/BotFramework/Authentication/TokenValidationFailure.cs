using Microsoft.IdentityModel.Tokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>Names what IdentityModel refused, so the log says why without showing the token.</summary>
internal static class TokenValidationFailure
{
    public static BotFrameworkAuthenticationException From(Exception? exception)
    {
        var reason = exception switch
        {
            SecurityTokenExpiredException => AuthenticationFailureReason.Expired,
            SecurityTokenNotYetValidException => AuthenticationFailureReason.NotYetValid,
            SecurityTokenInvalidIssuerException => AuthenticationFailureReason.InvalidIssuer,
            SecurityTokenInvalidAudienceException => AuthenticationFailureReason.InvalidAudience,
            SecurityTokenInvalidAlgorithmException => AuthenticationFailureReason.DisallowedAlgorithm,
            SecurityTokenInvalidSignatureException => AuthenticationFailureReason.InvalidSignature,
            _ => AuthenticationFailureReason.InvalidToken,
        };

        // IdentityModel hides personal data in its messages by default (IdentityModelEventSource.ShowPII is off).
        var detail = exception is null ? "no detail" : $"{exception.GetType().Name}: {exception.Message}";
        return new BotFrameworkAuthenticationException(reason, $"The token was refused ({detail}).", exception);
    }
}
