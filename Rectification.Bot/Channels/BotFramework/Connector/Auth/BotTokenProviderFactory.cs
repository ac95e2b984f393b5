using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;

namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>Picks the token provider the resolved settings call for.</summary>
internal static class BotTokenProviderFactory
{
    /// <remarks>
    /// An <see cref="IMsalHttpClientFactory"/> registered in the container is handed to MSAL (a proxy, or in tests a
    /// handler trusting the fake login's certificate); without one MSAL uses its own client and normal TLS validation.
    /// </remarks>
    public static IBotTokenProvider Create(IServiceProvider services)
    {
        var settings = services.GetRequiredService<OutboundAuthSettings>();
        var msalHttp = services.GetService<IMsalHttpClientFactory>();
        var time = services.GetRequiredService<TimeProvider>();
        return settings.Kind switch
        {
            OutboundAuthKind.ClientSecret => new CachedBotTokenProvider(new MsalClientCredentialsTokenSource(settings, msalHttp), time),
            OutboundAuthKind.ManagedIdentity => new CachedBotTokenProvider(new MsalManagedIdentityTokenSource(settings, msalHttp), time),
            _ => new NoBotTokenProvider(),
        };
    }
}
