using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace Rectification.Tests.Fakes;

/// <summary>An account of the fake tenant: its Entra object id (oid), display name and sign-in name.</summary>
internal sealed record FakeEntraAccount(string ObjectId, string Name, string UserName);

/// <summary>
/// Microsoft Entra ID's sign-in for one tenant and one app registration, on 127.0.0.1, speaking OpenID Connect as
/// Entra's v2.0 endpoint does: the discovery document, the key set, the authorize endpoint (a login page listing the
/// tenant's accounts; choosing one redirects back with a code), and the token endpoint, which redeems a code once,
/// for the client's secret and the PKCE verifier, with an RS256 id token carrying oid, name and the nonce.
/// Anything it refuses is an OAuth error answer and is kept in <see cref="Refusals"/>.
/// </summary>
internal sealed class FakeEntraSignIn : IAsyncDisposable
{
    public const string TenantId = "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public const string ClientId = "0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9";
    public const string ClientSecret = "fake-entra-client-secret";

    private readonly ConcurrentDictionary<string, FakeEntraAccount> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _refusals = new();
    private readonly FakeOpenIdSigningKey _key = FakeOpenIdSigningKey.Create("entra-signin-key", 4);
    private LoopbackServer? _server;
    private int _redeemed;

    /// <summary>The login address to configure as WebSignIn:Instance (the tenant follows it).</summary>
    public Uri Instance => _server!.BaseAddress;

    public string Issuer => new Uri(Instance, $"{TenantId}/v2.0").AbsoluteUri;

    /// <summary>Codes redeemed for id tokens.</summary>
    public int Redeemed => Volatile.Read(ref _redeemed);

    public IReadOnlyList<string> Refusals => [.. _refusals];

    public static async Task<FakeEntraSignIn> StartAsync()
    {
        var provider = new FakeEntraSignIn();
        provider._server = await LoopbackServer.StartAsync(provider.Map);
        return provider;
    }

    public FakeEntraAccount AddAccount(string name, string userName)
    {
        var account = new FakeEntraAccount(Guid.NewGuid().ToString(), name, userName);
        _accounts[account.ObjectId] = account;
        return account;
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Map(WebApplication app)
    {
        var tenant = "/" + TenantId;
        app.MapGet(tenant + "/v2.0/.well-known/openid-configuration", Discovery);
        app.MapGet(tenant + "/discovery/v2.0/keys", () => Results.Json(new { keys = new[] { _key.ToJwk() } }));
        app.MapGet(tenant + "/oauth2/v2.0/authorize", LoginPage);
        app.MapPost(tenant + "/oauth2/v2.0/authorize", ChooseAccountAsync);
        app.MapPost(tenant + "/oauth2/v2.0/token", RedeemAsync);
    }

    private IResult Discovery()
    {
        var tenant = new Uri(Instance, TenantId + "/");
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = new Uri(tenant, "oauth2/v2.0/authorize").AbsoluteUri,
            ["token_endpoint"] = new Uri(tenant, "oauth2/v2.0/token").AbsoluteUri,
            ["jwks_uri"] = new Uri(tenant, "discovery/v2.0/keys").AbsoluteUri,
            ["end_session_endpoint"] = new Uri(tenant, "oauth2/v2.0/logout").AbsoluteUri,
            ["response_types_supported"] = new[] { "code", "id_token", "code id_token" },
            ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        });
    }

    /// <summary>GET authorize: the request checked as Entra checks it, then a page to choose an account.</summary>
    private IResult LoginPage(HttpRequest request)
    {
        if (AuthorizeProblem(request.Query) is { } problem)
        {
            return Refuse("invalid_request", problem);
        }

        var buttons = string.Join("\n", _accounts.Values.OrderBy(a => a.UserName, StringComparer.Ordinal).Select(account =>
            $"""<button type="submit" name="account" value="{account.ObjectId}">{WebUtility.HtmlEncode(account.Name)} ({WebUtility.HtmlEncode(account.UserName)})</button>"""));
        var html = $"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Sign in to your account</title></head>
            <body><h1>Pick an account</h1>
            <form method="post" action="{WebUtility.HtmlEncode(request.Path + request.QueryString)}">
            {buttons}
            </form></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>POST authorize: the account chosen; back to the client's redirect URI with a code and its state.</summary>
    private async Task<IResult> ChooseAccountAsync(HttpRequest request)
    {
        var query = request.Query;
        var form = await request.ReadFormAsync();
        if (AuthorizeProblem(query) is { } problem)
        {
            return Refuse("invalid_request", problem);
        }

        if (!_accounts.TryGetValue(form["account"].ToString(), out var account))
        {
            return Refuse("access_denied", "No such account in this tenant.");
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        _codes[code] = new PendingCode(account, query["redirect_uri"].ToString(), query["nonce"].ToString(), query["code_challenge"].ToString());
        var back = $"{query["redirect_uri"]}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(query["state"].ToString())}";
        return Results.Redirect(back);
    }

    /// <summary>POST token: one authorization code, once, for this client with its secret and the PKCE verifier.</summary>
    private async Task<IResult> RedeemAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code")
        {
            return Refuse("unsupported_grant_type", $"grant_type {form["grant_type"]}");
        }

        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Refuse("invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }

        if (!_codes.TryRemove(form["code"].ToString(), out var pending))
        {
            return Refuse("invalid_grant", "AADSTS54005: The code was already redeemed, or never issued.");
        }

        if (form["redirect_uri"] != pending.RedirectUri || Challenge(form["code_verifier"].ToString()) != pending.CodeChallenge)
        {
            return Refuse("invalid_grant", "The redirect URI or the PKCE verifier does not match the authorize request.");
        }

        Interlocked.Increment(ref _redeemed);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = "openid profile",
            ["expires_in"] = 3600,
            ["access_token"] = "fake-access-token-" + Redeemed,
            ["id_token"] = IdToken(pending),
        });
    }

    private string IdToken(PendingCode pending)
    {
        var now = DateTimeOffset.UtcNow;
        var spec = new FakeTokenSpec { Key = _key, NotBefore = now.AddMinutes(-1), Expires = now.AddHours(1) };
        spec.Claims["iss"] = Issuer;
        spec.Claims["aud"] = ClientId;
        spec.Claims["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds();
        spec.Claims["ver"] = "2.0";
        spec.Claims["tid"] = TenantId;
        spec.Claims["sub"] = "pairwise-" + pending.Account.ObjectId;
        spec.Claims["oid"] = pending.Account.ObjectId;
        spec.Claims["name"] = pending.Account.Name;
        spec.Claims["preferred_username"] = pending.Account.UserName;
        spec.Claims["nonce"] = pending.Nonce;
        return FakeOpenIdTokens.Mint(spec);
    }

    private static string? AuthorizeProblem(IQueryCollection query) =>
        query["client_id"] != ClientId ? "AADSTS700016: Application not found in the directory."
        : query["response_type"] != "code" ? $"response_type {query["response_type"]} (the bot must use the code flow)"
        // Absent means the code flow's default, query; this fake answers no other way.
        : query["response_mode"].ToString() is not ("" or "query") ? $"response_mode {query["response_mode"]} (the bot asks for query)"
        : !Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out _) ? "no redirect_uri"
        : string.IsNullOrEmpty(query["state"]) || string.IsNullOrEmpty(query["nonce"]) ? "no state or nonce"
        : query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) ? "no PKCE S256 challenge"
        : !query["scope"].ToString().Split(' ').Contains("openid") ? "scope without openid"
        : null;

    private static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private IResult Refuse(string error, string description)
    {
        _refusals.Enqueue($"{error}: {description}");
        return Results.Json(new { error, error_description = description }, statusCode: StatusCodes.Status400BadRequest);
    }

    private sealed record PendingCode(FakeEntraAccount Account, string RedirectUri, string Nonce, string CodeChallenge);
}
