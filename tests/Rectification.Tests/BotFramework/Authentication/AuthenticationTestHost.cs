using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Rectification.Bot.Channels.BotFramework.Authentication;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.BotFramework.Authentication;

/// <summary>
/// The authenticator as <c>AddBotFrameworkAuthentication</c> wires it, pointed at a <see cref="FakeOpenIdProvider"/>
/// on loopback, on a fake clock, with its log collected. Every call is bounded by <see cref="CallTimeout"/>.
/// </summary>
internal sealed class AuthenticationTestHost : IAsyncDisposable
{
    public const string AppId = "5c2a6e3b-1f0d-4c59-9a7e-8b1d2f3e4a50";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    private readonly ServiceProvider services;

    private AuthenticationTestHost(FakeOpenIdProvider provider, IDictionary<string, string?> settings)
    {
        Provider = provider;
        Tokens = new FakeOpenIdTokens(Clock, AppId, ServiceUrl);
        services = Services(settings, Clock, Log);
    }

    public FakeOpenIdProvider Provider { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));

    public FakeOpenIdTokens Tokens { get; }

    public CollectingLoggerProvider Log { get; } = new();

    public IBotFrameworkAuthenticator Authenticator => services.GetRequiredService<IBotFrameworkAuthenticator>();

    /// <param name="settings">Changes to the flat settings (MicrosoftAppId, …; a null value blanks a key).</param>
    public static async Task<AuthenticationTestHost> StartAsync(Action<Dictionary<string, string?>>? settings = null)
    {
        var provider = await FakeOpenIdProvider.StartAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = provider.ChannelMetadataUrl.ToString(),
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = provider.EmulatorMetadataUrl.ToString(),
        };
        settings?.Invoke(configuration);
        return new AuthenticationTestHost(provider, configuration);
    }

    /// <summary>The container exactly as the bot builds it, with the given flat settings, clock and log.</summary>
    public static ServiceProvider Services(
        IDictionary<string, string?> settings, TimeProvider clock, ILoggerProvider? log = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => { if (log is not null) { logging.AddProvider(log); } })
            .AddSingleton(clock);
        services.AddBotFrameworkAuthentication(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static Activity Message(string channelId = "msteams", string? serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:conversation" },
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:" + AppId },
        Text = "hello",
    };

    public static string Bearer(string token) => "Bearer " + token;

    public async Task<BotCallerIdentity> AcceptedAsync(string? authorizationHeader, Activity? activity = null)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        return await Authenticator.AuthenticateAsync(activity ?? Message(), authorizationHeader, timeout.Token);
    }

    public async Task<AuthenticationFailureReason> RefusedAsync(string? authorizationHeader, Activity? activity = null)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        var refusal = await Assert.ThrowsAsync<BotFrameworkAuthenticationException>(
            () => Authenticator.AuthenticateAsync(activity ?? Message(), authorizationHeader, timeout.Token));
        return refusal.Reason;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
