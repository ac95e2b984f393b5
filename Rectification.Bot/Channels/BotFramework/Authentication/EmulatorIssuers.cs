using Microsoft.IdentityModel.JsonWebTokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The Entra ID issuers whose tokens take the Emulator path (brief 2.4): the SDK's fixed list, public and US
/// Government alike, plus the issuers built from the token's own <c>tid</c>, which is how single-tenant Emulator
/// tokens pass. Being on this list only chooses the path; signature and app id are checked afterwards.
/// </summary>
internal static class EmulatorIssuers
{
    private static readonly string[] Fixed =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>The issuers accepted for this (still unverified) token.</summary>
    public static IReadOnlyList<string> For(JsonWebToken token)
    {
        // Only a real tenant GUID is turned into an issuer: a tid such as "x/../" must not shape a URL.
        if (!token.TryGetPayloadValue<string>(BotFrameworkClaims.TenantId, out var tid)
            || !Guid.TryParseExact(tid, "D", out var tenant))
        {
            return Fixed;
        }

        var id = tenant.ToString("D");
        return
        [
            .. Fixed,
            $"https://sts.windows.net/{id}/",
            $"https://login.microsoftonline.com/{id}/v2.0",
            $"https://login.microsoftonline.us/{id}/",
            $"https://login.microsoftonline.us/{id}/v2.0",
        ];
    }

    public static bool Issued(JsonWebToken token) => For(token).Contains(token.Issuer, StringComparer.Ordinal);
}
