using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework;
using Rectification.Bot.Channels.BotFramework.Authentication;

namespace Rectification.Tests.BotFramework.Authentication;

/// <summary>The SDK's flat keys, their cloud defaults, and the start-up refusal of unsafe URLs.</summary>
public sealed class BotFrameworkSettingsTests
{
    [Fact]
    public void Empty_settings_resolve_to_the_public_cloud()
    {
        var settings = BotFrameworkAuthenticationSettings.Resolve(new BotFrameworkOptions { MicrosoftAppId = "app" });

        Assert.Equal("https://api.botframework.com", settings.ChannelTokenIssuer);
        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"), settings.ChannelOpenIdMetadataUrl);
        Assert.Equal(
            new Uri("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"),
            settings.EmulatorOpenIdMetadataUrl);
        Assert.Equal("urn:botframework:azure", settings.CallerId);
    }

    [Theory]
    [InlineData("https://botframework.azure.us")]
    [InlineData("https://botframework.azure.us/")]
    public void The_US_Government_channel_service_selects_the_government_defaults(string channelService)
    {
        var settings = BotFrameworkAuthenticationSettings.Resolve(
            new BotFrameworkOptions { MicrosoftAppId = "app", ChannelService = channelService });

        Assert.Equal("https://api.botframework.us", settings.ChannelTokenIssuer);
        Assert.Equal(
            new Uri("https://login.botframework.azure.us/v1/.well-known/openidconfiguration"),
            settings.ChannelOpenIdMetadataUrl);
        Assert.Equal(
            new Uri("https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration"),
            settings.EmulatorOpenIdMetadataUrl);
        Assert.Equal("urn:botframework:azureusgov", settings.CallerId);
    }

    [Fact]
    public void Explicit_keys_override_the_cloud_defaults()
    {
        var settings = BotFrameworkAuthenticationSettings.Resolve(new BotFrameworkOptions
        {
            ChannelService = BotFrameworkCloud.UsGovernmentChannelService,
            ToBotFromChannelTokenIssuer = "https://issuer.example",
            ToBotFromChannelOpenIdMetadataUrl = "http://127.0.0.1:5005/v1/.well-known/openidconfiguration",
            CallerId = "urn:botframework:custom",
        });

        Assert.Equal("https://issuer.example", settings.ChannelTokenIssuer);
        Assert.Equal(new Uri("http://127.0.0.1:5005/v1/.well-known/openidconfiguration"), settings.ChannelOpenIdMetadataUrl);
        Assert.Equal(BotFrameworkCloud.UsGovernment.ToBotFromEmulatorOpenIdMetadataUrl, settings.EmulatorOpenIdMetadataUrl.ToString());
        Assert.Equal("urn:botframework:custom", settings.CallerId);
        Assert.True(settings.IsAuthenticationDisabled);
    }

    [Theory]
    [InlineData("http://localhost:3978/keys")]
    [InlineData("http://127.0.0.1/keys")]
    [InlineData("http://[::1]:8080/keys")]
    [InlineData("https://login.example.com/keys")]
    public void Https_or_loopback_http_metadata_urls_are_accepted(string url)
    {
        Assert.Empty(BotFrameworkAuthenticationSettings.Problems(
            new BotFrameworkOptions { ToBotFromChannelOpenIdMetadataUrl = url, ToBotFromEmulatorOpenIdMetadataUrl = url }));
    }

    [Theory]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "http://login.example.com/v1/.well-known/openidconfiguration")]
    [InlineData("ToBotFromEmulatorOpenIdMetadataUrl", "http://10.0.0.5/v2.0/.well-known/openid-configuration")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "http://localhost.example.com/keys")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "ftp://127.0.0.1/keys")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "/v1/.well-known/openidconfiguration")]
    public void An_unsafe_metadata_url_is_refused_when_the_options_are_read(string key, string url)
    {
        using var services = AuthenticationTestHost.Services(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "app", [key] = url }, TimeProvider.System);

        var refusal = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IBotFrameworkAuthenticator>());

        Assert.Contains(key, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_metadata_url_to_another_host_stops_the_host_at_start_up()
    {
        using var host = HostWith(new() { ["ToBotFromChannelOpenIdMetadataUrl"] = "http://login.botframework.com/v1/x" });
        using var timeout = new CancellationTokenSource(AuthenticationTestHost.CallTimeout);

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(timeout.Token));

        Assert.Contains("must use https", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_channel_service_without_explicit_endpoints_is_refused()
    {
        var problems = BotFrameworkAuthenticationSettings.Problems(
            new BotFrameworkOptions { ChannelService = "https://botframework.example" });

        Assert.Contains(problems, problem => problem.Contains("not a built-in cloud", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_up_warns_loudly_when_authentication_is_off()
    {
        var log = new CollectingLoggerProvider();
        using var host = HostWith(new() { ["MicrosoftAppId"] = "" }, log);
        using var timeout = new CancellationTokenSource(AuthenticationTestHost.CallTimeout);

        await host.StartAsync(timeout.Token);
        await host.StopAsync(timeout.Token);

        Assert.Contains(log.Entries, entry =>
            entry.Level == LogLevel.Warning && entry.Text.Contains("authentication is OFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_up_says_which_app_and_issuer_are_checked_when_authentication_is_on()
    {
        var log = new CollectingLoggerProvider();
        using var host = HostWith(new() { ["MicrosoftAppId"] = "app-123" }, log);
        using var timeout = new CancellationTokenSource(AuthenticationTestHost.CallTimeout);

        await host.StartAsync(timeout.Token);
        await host.StopAsync(timeout.Token);

        Assert.DoesNotContain(log.Entries, entry => entry.Text.Contains("authentication is OFF", StringComparison.Ordinal));
        Assert.Contains(log.Entries, entry => entry.Text.Contains("on for app app-123", StringComparison.Ordinal));
    }

    private static IHost HostWith(Dictionary<string, string?> settings, ILoggerProvider? log = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(log ?? new CollectingLoggerProvider());
        builder.Services.AddBotFrameworkAuthentication(builder.Configuration);
        return builder.Build();
    }
}
