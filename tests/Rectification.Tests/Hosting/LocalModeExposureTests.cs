using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Hosting;

/// <summary>Local mode (no authentication) stays on loopback unless the operator says otherwise, at every start.</summary>
public sealed class LocalModeExposureTests
{
    [Fact]
    public async Task LocalModeOnLoopbackSaysSoInTheBanner()
    {
        var address = $"http://127.0.0.1:{BotProcess.FreePort()}";
        await using var bot = BotProcess.Start(["--urls", address]);

        await bot.ListeningAsync();

        await WaitForAsync(bot, "listens on loopback only");
    }

    [Theory]
    [InlineData("http://0.0.0.0:{0}")]
    [InlineData("http://*:{0}")]
    [InlineData("http://[::]:{0}")]
    public async Task LocalModeOnAnAddressOthersCanReachRefusesToStartNamingTheSettings(string pattern)
    {
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, BotProcess.FreePort());
        await using var bot = BotProcess.Start(["--urls", address]);

        var exitCode = await bot.ExitCodeAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"would listen on {address}", bot.Output, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", bot.Output, StringComparison.Ordinal);
        Assert.Contains("Security:Mode=Production", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExplicitOptInLetsLocalModeListenEverywhereAndWarnsAtStart()
    {
        var port = BotProcess.FreePort();
        await using var bot = BotProcess.Start(["--urls", $"http://0.0.0.0:{port}"], new Dictionary<string, string?> { ["Bot__AllowUnauthenticated"] = "true" });

        await bot.ListeningAsync();

        await WaitForAsync(bot, "Bot:AllowUnauthenticated is true: this UNAUTHENTICATED bot may listen");
    }

    private static async Task WaitForAsync(BotProcess bot, string text)
    {
        // The banner follows "Now listening" in the same start; bounded, as every network test is.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!bot.Output.Contains(text, StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}
