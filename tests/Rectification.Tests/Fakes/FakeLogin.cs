using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Rectification.Tests.Fakes;

/// <summary>
/// A Microsoft Entra login on https://127.0.0.1 for MSAL: the v2 token endpoint
/// (<c>POST /{tenant}/oauth2/v2.0/token</c>, client credentials) and an App Service style managed-identity endpoint
/// (<c>GET /msi/token</c>). Counts and records what it is asked; anything else (say, a discovery call) is
/// recorded in <see cref="OtherRequests"/> and answered 404.
/// </summary>
public sealed class FakeLogin : IAsyncDisposable
{
    public const string IdentityHeaderSecret = "fake-identity-header";
    public const string RejectedSecret = "wrong-secret";

    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private readonly ConcurrentQueue<ManagedIdentityTokenRequest> _managedIdentityRequests = new();
    private readonly ConcurrentQueue<string> _otherRequests = new();
    private ConnectorTestServer? _server;
    private int _issued;

    private FakeLogin(X509Certificate2 certificate) => Certificate = certificate;

    public X509Certificate2 Certificate { get; }

    /// <summary>Delay before each token answer, to let concurrent callers pile up.</summary>
    public TimeSpan TokenDelay { get; set; }

    public IReadOnlyList<TokenRequest> TokenRequests => [.. _tokenRequests];

    public IReadOnlyList<ManagedIdentityTokenRequest> ManagedIdentityRequests => [.. _managedIdentityRequests];

    public IReadOnlyList<string> OtherRequests => [.. _otherRequests];

    public string ManagedIdentityEndpoint => new Uri(_server!.BaseAddress, "msi/token").AbsoluteUri;

    public static async Task<FakeLogin> StartAsync()
    {
        var login = new FakeLogin(FakeLoginCertificate.Create());
        login._server = await ConnectorTestServer.StartAsync(login.AnswerAsync, login.Certificate);
        return login;
    }

    /// <summary>What ToChannelFromBotLoginUrl would be for <paramref name="tenant"/> on this login.</summary>
    public string AuthorityFor(string tenant) => new Uri(_server!.BaseAddress, tenant).AbsoluteUri;

    public FakeLoginMsalHttpClientFactory CreateMsalHttpClientFactory() => new(Certificate);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Certificate.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (HttpMethods.IsPost(context.Request.Method) && path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            await AnswerClientCredentialsAsync(context, tenant: path.Split('/')[1]);
        }
        else if (HttpMethods.IsGet(context.Request.Method) && path == "/msi/token")
        {
            await AnswerManagedIdentityAsync(context);
        }
        else
        {
            _otherRequests.Enqueue($"{context.Request.Method} {path}{context.Request.QueryString}");
            context.Response.StatusCode = 404;
        }
    }

    private async Task AnswerClientCredentialsAsync(HttpContext context, string tenant)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = new TokenRequest(tenant, form["grant_type"].ToString(), form["client_id"].ToString(),
            form["client_secret"].ToString(), form["scope"].ToString());
        _tokenRequests.Enqueue(request);
        await Task.Delay(TokenDelay, context.RequestAborted);
        if (request.ClientSecret == RejectedSecret)
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            token_type = "Bearer",
            expires_in = 3600,
            ext_expires_in = 3600,
            access_token = "login-token-" + Interlocked.Increment(ref _issued).ToString(CultureInfo.InvariantCulture),
        });
    }

    private async Task AnswerManagedIdentityAsync(HttpContext context)
    {
        var query = context.Request.Query;
        _managedIdentityRequests.Enqueue(new ManagedIdentityTokenRequest(
            query["resource"].ToString(), query["client_id"].ToString(), query["api-version"].ToString(),
            context.Request.Headers["X-IDENTITY-HEADER"].ToString()));
        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        await context.Response.WriteAsync(new JsonObject
        {
            ["access_token"] = "mi-token-" + Interlocked.Increment(ref _issued).ToString(CultureInfo.InvariantCulture),
            ["expires_on"] = expiresOn.ToString(CultureInfo.InvariantCulture),
            ["resource"] = query["resource"].ToString(),
            ["token_type"] = "Bearer",
            ["client_id"] = query["client_id"].ToString(),
        }.ToJsonString());
    }
}

public sealed record TokenRequest(string Tenant, string GrantType, string ClientId, string ClientSecret, string Scope);

public sealed record ManagedIdentityTokenRequest(string Resource, string ClientId, string ApiVersion, string IdentityHeader);
