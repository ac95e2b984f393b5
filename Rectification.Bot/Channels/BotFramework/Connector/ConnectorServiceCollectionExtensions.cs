using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework.Connector.Auth;

namespace Rectification.Bot.Channels.BotFramework.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> (a typed HttpClient: retry pipeline, then a per-attempt handler adding
    /// the bearer token) and <see cref="IBotTokenProvider"/>. <see cref="BotFrameworkOptions"/> is bound from the
    /// configuration root, where the SDK's flat keys live (binding it again elsewhere is harmless);
    /// <see cref="ConnectorOptions"/> from the <c>Connector</c> section. An <c>IMsalHttpClientFactory</c> registered
    /// in the container is given to MSAL (proxies; tests trusting a fake login's certificate).
    /// </summary>
    public static IServiceCollection AddBotFrameworkConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, OutboundAuthenticationValidator>());
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
            OutboundAuthSettings.Resolve(provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value));
        services.TryAddSingleton(BotTokenProviderFactory.Create);
        services.TryAddTransient<ConnectorAttemptHandler>();

        var client = services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorClient.HttpClientName, http =>
        {
            // The resilience pipeline bounds every call (Connector:Retry:TotalTimeout); HttpClient's own
            // 100 s default would only cut in with a less helpful error.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        // Handlers run outermost first: the pipeline wraps the per-attempt handler, so each retry gets a current token.
        client.AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure);
        client.AddHttpMessageHandler<ConnectorAttemptHandler>();
        return services;
    }
}
