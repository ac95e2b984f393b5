using Microsoft.IdentityModel.JsonWebTokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>Reads the JWT out of an Authorization header, without trusting anything in it yet.</summary>
internal static class BearerToken
{
    private const string NotAJwt = "The bearer token is not a JWT.";

    private static readonly JsonWebTokenHandler Reader = new();

    /// <summary>
    /// The header must be exactly <c>Bearer &lt;jwt&gt;</c>: two parts separated by one space, and the scheme
    /// spelled "Bearer" exactly, because the SDK's token extractor (the step that decides) compares it ordinally.
    /// </summary>
    public static JsonWebToken Read(string authorizationHeader)
    {
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
        {
            throw new BotFrameworkAuthenticationException(AuthenticationFailureReason.MalformedAuthorizationHeader,
                "The Authorization header is not 'Bearer <token>'.");
        }

        // Parsing is IdentityModel's; CanReadToken also enforces its size limit.
        if (!Reader.CanReadToken(parts[1]))
        {
            throw new BotFrameworkAuthenticationException(AuthenticationFailureReason.MalformedToken, NotAJwt);
        }

        try
        {
            return Reader.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException exception)
        {
            throw new BotFrameworkAuthenticationException(AuthenticationFailureReason.MalformedToken, NotAJwt, exception);
        }
    }
}
