using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    /// <summary>Upper bound for one metadata or key-set download.</summary>
    internal static readonly TimeSpan KeyDownloadTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers <see cref="IBotFrameworkAuthenticator"/> and what it needs, all singletons. Binds
    /// <see cref="BotFrameworkOptions"/> from the configuration root, where the SDK's flat keys (MicrosoftAppId, …)
    /// live, and validates them at start-up (an http metadata URL to a non-loopback host stops the host).
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdKeySetRetriever.HttpClientName, client =>
        {
            client.Timeout = KeyDownloadTimeout;
            client.MaxResponseContentBufferSize = 1024 * 1024; // real documents are a few kilobytes
        });

        services.TryAddSingleton(provider => BotFrameworkAuthenticationSettings.Resolve(
            provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value));
        services.TryAddSingleton<OpenIdKeySetRetriever>();
        services.TryAddSingleton<OpenIdKeyCaches>();
        services.TryAddSingleton<SignedTokenValidator>();
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<EmulatorTokenValidator>();
        services.TryAddSingleton<IBotFrameworkAuthenticator, BotFrameworkAuthenticator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuthenticationModeStartupLog>());
        return services;
    }
}
