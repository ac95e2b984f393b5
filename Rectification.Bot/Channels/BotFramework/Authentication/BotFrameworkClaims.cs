using Microsoft.IdentityModel.JsonWebTokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>The claim names of Bot Framework and Entra ID tokens, and how the caller's app id is found.</summary>
internal static class BotFrameworkClaims
{
    public const string ServiceUrl = "serviceurl";
    public const string Version = "ver";
    public const string AppId = "appid";
    public const string AuthorizedParty = "azp";
    public const string TenantId = "tid";

    /// <summary>
    /// The caller's app id as the SDK reads it: <c>appid</c> when <c>ver</c> is "1.0" or blank, <c>azp</c> when it
    /// is "2.0"; null for any other version or when the claim is absent.
    /// </summary>
    public static string? CallerAppId(JsonWebToken token, string? version)
    {
        var claim = string.IsNullOrWhiteSpace(version) || version == "1.0" ? AppId
            : version == "2.0" ? AuthorizedParty
            : null;
        return claim is not null && token.TryGetPayloadValue<string>(claim, out var appId) ? appId : null;
    }

    /// <summary>The <c>ver</c> claim, or null when the token has none (or a non-string one).</summary>
    public static string? VersionOf(JsonWebToken token) =>
        token.TryGetPayloadValue<string>(Version, out var version) ? version : null;
}
