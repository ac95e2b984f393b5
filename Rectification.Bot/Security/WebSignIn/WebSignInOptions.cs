namespace Rectification.Bot.Security.WebSignIn;

/// <summary>
/// The WebSignIn section: whether people sign in to the web pages (the chat page and the ledger) with the office's
/// Microsoft Entra ID, and the app registration they sign in through (OpenID Connect, authorization code with PKCE).
/// In Production it must say <see cref="Enabled"/> either way; in Development the pages are open without it.
/// </summary>
public sealed class WebSignInOptions
{
    public const string Section = "WebSignIn";

    public const string DefaultInstance = "https://login.microsoftonline.com/";

    /// <summary>Where Entra ID redirects back to with the authorization code.</summary>
    public const string CallbackPath = "/signin-oidc";

    /// <summary>
    /// true: the pages ask for sign-in; false: in Production no page is served (an embedding site still gets
    /// Direct Line tokens with the secret). Required in Production, false when unset in Development.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The Entra ID cloud's login address (another national cloud, or a test provider).</summary>
    public string Instance { get; set; } = DefaultInstance;

    /// <summary>The office's tenant id (a GUID): only accounts of this tenant sign in.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's application (client) id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app registration's client secret, with which the bot redeems the authorization code.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>How long a sign-in lasts without a visit (sliding); the person is looked up again at every request.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Whether sign-in is on: only when said so.</summary>
    public bool IsEnabled => Enabled is true;

    /// <summary>The OpenID provider: the tenant's v2.0 endpoint, whose discovery document names everything else.</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}
