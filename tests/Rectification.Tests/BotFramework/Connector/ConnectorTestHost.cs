using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>The connector as the bot registers it (AddBotFrameworkConnector), on settings a test chooses.</summary>
internal static class ConnectorTestHost
{
    public const string AppId = "b0b0b0b0-0000-4000-8000-000000000001";
    public const string AppSecret = "s3cret";
    public const string Tenant = "tenant-1";

    /// <summary>What every test waits at most; the timing assertions are far below it.</summary>
    public static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(20);

    public static ServiceProvider Build(
        IEnumerable<KeyValuePair<string, string?>> settings, Microsoft.Identity.Client.IMsalHttpClientFactory? msal = null, LogCollector? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        if (msal is not null)
        {
            services.AddSingleton(msal);
        }

        services.AddBotFrameworkConnector(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Retries with tiny delays, so backoff tests take milliseconds; Retry-After still rules when sent.</summary>
    public static Dictionary<string, string?> FastRetries(int maxAttempts = 4, string totalTimeout = "00:00:10") => new()
    {
        ["Connector:Retry:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Connector:Retry:BaseDelay"] = "00:00:00.020",
        ["Connector:Retry:MaxDelay"] = "00:00:00.100",
        ["Connector:Retry:MaxRetryAfter"] = "00:00:05",
        ["Connector:Retry:AttemptTimeout"] = "00:00:05",
        ["Connector:Retry:TotalTimeout"] = totalTimeout,
    };

    /// <summary>A single-tenant bot whose login URL points at the fake login (not a Microsoft host, so used as is).</summary>
    public static Dictionary<string, string?> SingleTenantOn(FakeLogin login, string secret = AppSecret) => new(FastRetries())
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = secret,
        ["MicrosoftAppTenantId"] = Tenant,
        ["MicrosoftAppType"] = "SingleTenant",
        ["ToChannelFromBotLoginUrl"] = login.AuthorityFor(Tenant),
        ["ValidateAuthority"] = "false",
    };

    /// <summary>No app id: the SDK's local (Emulator) mode.</summary>
    public static Dictionary<string, string?> LocalMode() => FastRetries();

    public static IConnectorClient Connector(this ServiceProvider services) => services.GetRequiredService<IConnectorClient>();
}
