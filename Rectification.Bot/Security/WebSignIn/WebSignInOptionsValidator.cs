using System.Net;
using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting;

namespace Rectification.Bot.Security.WebSignIn;

/// <summary>
/// Refuses, at start-up, a web sign-in that is not said either way in Production, or one that could not work or
/// would let other tenants in: a tenant GUID (not common or organizations), a client id, a secret, an https login.
/// </summary>
internal sealed class WebSignInOptionsValidator(SecurityPolicy policy) : IValidateOptions<WebSignInOptions>
{
    public ValidateOptionsResult Validate(string? name, WebSignInOptions options)
    {
        var problems = new OptionsProblems(WebSignInOptions.Section);
        if (options.Enabled is null && policy.ChannelsMustAuthenticate)
        {
            problems.Add(policy.Requires(
                $"{problems.Key(nameof(WebSignInOptions.Enabled))} must be set: true to sign people in to the web pages with Entra ID " +
                $"(with {problems.Key(nameof(WebSignInOptions.TenantId))}, {problems.Key(nameof(WebSignInOptions.ClientId))} and " +
                $"{problems.Key(nameof(WebSignInOptions.ClientSecret))}), or false to serve no web page."));
        }

        if (!options.IsEnabled)
        {
            return problems.Result();
        }

        return problems
            .Require(Guid.TryParse(options.TenantId, out _), nameof(WebSignInOptions.TenantId), "must be the office's Entra tenant id, a GUID (common or organizations would let any tenant's accounts in)")
            .Require(Guid.TryParse(options.ClientId, out _), nameof(WebSignInOptions.ClientId), "must be the app registration's application (client) id, a GUID")
            .Require(!string.IsNullOrWhiteSpace(options.ClientSecret), nameof(WebSignInOptions.ClientSecret), "must be set: the app registration's client secret redeems the sign-in code")
            .Require(IsLoginAddress(options.Instance), nameof(WebSignInOptions.Instance), $"must be an https address such as {WebSignInOptions.DefaultInstance} (http only on this machine)")
            .Require(options.SessionLifetime >= TimeSpan.FromMinutes(5) && options.SessionLifetime <= TimeSpan.FromDays(7), nameof(WebSignInOptions.SessionLifetime), "must be between five minutes and seven days")
            .Result();
    }

    /// <summary>https, or http on loopback (a provider on this machine, as the tests run one).</summary>
    internal static bool IsLoginAddress(string? instance) =>
        Uri.TryCreate(instance, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));
}
