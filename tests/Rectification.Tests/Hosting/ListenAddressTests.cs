using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Rectification.Bot.Hosting;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Hosting;

/// <summary>
/// The bot takes its listen addresses the way any ASP.NET Core app does; 3978 is only the default. Each case starts
/// the real bot as its own process on a free loopback port and asks it over HTTP.
/// </summary>
public sealed class ListenAddressTests
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AspNetCoreUrlsInTheEnvironmentIsWhereTheBotListens()
    {
        var address = $"http://127.0.0.1:{BotProcess.FreePort()}";
        await using var bot = BotProcess.Start([], new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = address });

        Assert.Equal(address, await bot.ListeningAsync());
        await AssertAnswersAsync(address);
    }

    [Fact]
    public async Task AspNetCoreHttpPortsAsContainerImagesSetItIsWhereTheBotListens()
    {
        var port = BotProcess.FreePort();
        // A port alone binds every interface, which local mode allows only on the operator's explicit word.
        await using var bot = BotProcess.Start([], new Dictionary<string, string?>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot__AllowUnauthenticated"] = "true",
        });

        Assert.EndsWith($":{port}", await bot.ListeningAsync(), StringComparison.Ordinal);
        await AssertAnswersAsync($"http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task UrlsOnTheCommandLineIsWhereTheBotListens()
    {
        var address = $"http://127.0.0.1:{BotProcess.FreePort()}";
        await using var bot = BotProcess.Start(["--urls", address]);

        Assert.Equal(address, await bot.ListeningAsync());
        await AssertAnswersAsync(address);
    }

    [Fact]
    public async Task UrlsInAnAppSettingsFileOfTheWorkingFolderIsWhereTheBotListens()
    {
        var address = $"http://127.0.0.1:{BotProcess.FreePort()}";
        await using var bot = BotProcess.Start([], prepare: folder =>
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), $$"""{ "Urls": "{{address}}" }"""));

        Assert.Equal(address, await bot.ListeningAsync());
        await AssertAnswersAsync(address);
    }

    [Fact]
    public async Task AHostSettingBeforeACommandIsTheHostsAndTheCommandStillRuns()
    {
        await using var bot = BotProcess.Start(["--urls", $"http://127.0.0.1:{BotProcess.FreePort()}", "deliveries"]);

        var exitCode = await bot.ExitCodeAsync();

        Assert.True(exitCode == 0, bot.Output);
        Assert.DoesNotContain("Unknown command", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNothingConfiguredTheBotTakesTheEmulatorsLoopbackPort()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Testing" });
        builder.Configuration["urls"] = null;

        builder.AddListenAddresses();

        Assert.Equal("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5124")]
    [InlineData("Urls", "http://127.0.0.1:5124")]
    [InlineData("http_ports", "5125")]
    [InlineData("https_ports", "5443")]
    public void AnyOfAspNetCoresOwnAddressSettingsKeepsTheDefaultAway(string key, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Testing" });
        builder.Configuration[key] = value;

        builder.AddListenAddresses();

        Assert.NotEqual("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    private static async Task AssertAnswersAsync(string address)
    {
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = CallTimeout };
        using var response = await client.GetAsync(new Uri("/api/findings", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
