using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>
/// User-assigned managed identity through MSAL: MicrosoftAppId is the identity's client id, the scope's resource is
/// requested. MSAL finds the host's endpoint itself (App Service, IMDS, Arc, ...) from the environment.
/// </summary>
internal sealed class MsalManagedIdentityTokenSource : IAccessTokenSource
{
    private readonly IManagedIdentityApplication _application;
    private readonly string _resource;

    public MsalManagedIdentityTokenSource(OutboundAuthSettings settings, IMsalHttpClientFactory? httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _resource = settings.Resource;
        var builder = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(settings.AppId));
        _application = httpClientFactory is null ? builder.Build() : builder.WithHttpClientFactory(httpClientFactory).Build();
    }

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _application.AcquireTokenForManagedIdentity(_resource)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            return new AccessToken(result.AccessToken, result.ExpiresOn);
        }
        catch (MsalException ex)
        {
            throw new BotTokenAcquisitionException($"No Connector token from the managed identity: {ex.ErrorCode}.", ex);
        }
    }
}
