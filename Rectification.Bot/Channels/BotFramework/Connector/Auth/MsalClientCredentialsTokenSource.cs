using Microsoft.Identity.Client;

namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>Client credentials (app id + secret) against the resolved authority, through MSAL.</summary>
internal sealed class MsalClientCredentialsTokenSource : IAccessTokenSource
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;

    public MsalClientCredentialsTokenSource(OutboundAuthSettings settings, IMsalHttpClientFactory? httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _scopes = [settings.Scope];
        _application = Build(settings, httpClientFactory);
    }

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _application.AcquireTokenForClient(_scopes)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            return new AccessToken(result.AccessToken, result.ExpiresOn);
        }
        catch (MsalException ex)
        {
            throw new BotTokenAcquisitionException(
                $"No Connector token for app {_application.AppConfig.ClientId} from {_application.Authority}: {ex.ErrorCode}.", ex);
        }
    }

    private static IConfidentialClientApplication Build(OutboundAuthSettings settings, IMsalHttpClientFactory? httpClientFactory)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppPassword)
            .WithAuthority(settings.Authority!.AbsoluteUri, settings.ValidateAuthority);
        if (!settings.ValidateAuthority)
        {
            // ValidateAuthority=false (the SDK key) means "trust this authority": no instance discovery either,
            // which would otherwise ask login.microsoftonline.com about a host it does not know.
            builder = builder.WithInstanceDiscovery(false);
        }

        return httpClientFactory is null ? builder.Build() : builder.WithHttpClientFactory(httpClientFactory).Build();
    }
}
