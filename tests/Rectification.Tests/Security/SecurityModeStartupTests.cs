using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rectification.Bot.Security;
using Rectification.Tests.BotFramework.Authentication;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Security;

/// <summary>The security mode is said explicitly, and the bot refuses to start when its settings do not meet it.</summary>
public sealed class SecurityModeStartupTests
{
    private const string AppId = "00000000-0000-0000-0000-000000000001";

    [Fact]
    public void AnEmptySecurityModeRefusesToStartNamingTheKeyAndTheAllowedModes()
    {
        using var factory = new BotApplicationFactory().With("Security:Mode", "");

        var refusal = RefusalOf(factory);

        Assert.Contains("Security:Mode is not set", refusal, StringComparison.Ordinal);
        Assert.Contains("Development or Production", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecurityModeAbsentFromTheConfigurationRefusesToStart()
    {
        var folder = Directory.CreateTempSubdirectory("rectification-security-");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder.FullName, EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddSecurityMode();
        await using var app = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(timeout.Token));

        Assert.Contains("Security:Mode is not set. Set it to Development or Production", refusal.Message, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData("Prod")]
    [InlineData("Staging")]
    [InlineData("1")]
    public void AnUnknownSecurityModeRefusesToStartNamingWhatWasWritten(string written)
    {
        using var factory = new BotApplicationFactory().With("Security:Mode", written);

        var refusal = RefusalOf(factory);

        Assert.Contains($"Security:Mode '{written}' is not a security mode", refusal, StringComparison.Ordinal);
        Assert.Contains("Development or Production", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void InProductionWithoutAMicrosoftAppIdTheBotRefusesToStart()
    {
        using var factory = new BotApplicationFactory().InProduction();

        var refusal = RefusalOf(factory);

        Assert.Contains("Security:Mode is Production, so the Bot Framework channel needs MicrosoftAppId", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void InProductionWithoutAnApiKeyTheBotRefusesToStart(string? key)
    {
        using var factory = new BotApplicationFactory()
            .With("Security:Mode", "Production")
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-secret")
            .With("MicrosoftAppTenantId", "00000000-0000-0000-0000-000000000002")
            .With("WebSignIn:Enabled", "false");
        if (key is not null)
        {
            factory.With("Api:Keys:0", key);
        }

        var refusal = RefusalOf(factory);

        Assert.Contains("Security:Mode is Production, so the ledger API needs at least one key in Api:Keys", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void ATelegramOnlyConfigurationInProductionDoesNotLeaveTheApiOpen()
    {
        // What once opened the API: no MicrosoftAppId. Now nothing is served at all, the ledger API included.
        using var factory = new BotApplicationFactory().InProduction().With("MicrosoftAppId", "");

        var refusal = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(refusal);
        Assert.Contains("MicrosoftAppId", Messages(refusal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATelegramOnlyDeploymentInProductionTurnsTheBotFrameworkChannelOffAndKeepsTheApiLocked()
    {
        using var factory = new BotApplicationFactory().InProduction().With("MicrosoftAppId", "").With("BotFramework:Enabled", "false");
        using var client = factory.CreateClient();

        using var activity = await client.PostAsync("/api/messages", new StringContent("{\"type\":\"message\"}", System.Text.Encoding.UTF8, "application/json"));
        using var withoutKey = await client.GetAsync("/api/findings/14");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/findings/14") { Headers = { { "X-Api-Key", BotApplicationFactory.ProductionApiKey } } };
        using var withKey = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, activity.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    [Fact]
    public async Task InDevelopmentTheApiIsOpenEvenWithAnAppIdAndKeysConfigured()
    {
        using var factory = new BotApplicationFactory()
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-secret")
            .With("MicrosoftAppTenantId", "00000000-0000-0000-0000-000000000002")
            .With("Api:Keys:0", "integration-key");

        using var response = await factory.CreateClient().GetAsync("/api/findings/14");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void InDevelopmentStartUpSaysPlainlyThatTheBotRunsUnauthenticated()
    {
        var log = new CollectingLoggerProvider();
        using var factory = new LoggedFactory(log);

        factory.StartServer();

        var warnings = log.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Text).ToList();
        Assert.Contains(warnings, w => w.Contains("Security:Mode is Development: the bot runs UNAUTHENTICATED", StringComparison.Ordinal)
            && w.Contains("Do not expose this instance", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("People the bot does not know may report progress", StringComparison.Ordinal));
    }

    private static string RefusalOf(BotApplicationFactory factory) => StartupRefusal.Of(factory);

    private static string Messages(Exception refusal) => StartupRefusal.Messages(refusal);

    private sealed class LoggedFactory(CollectingLoggerProvider log) : BotApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }
    }
}
