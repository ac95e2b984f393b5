using Rectification.Bot.Hosting;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Hosting;

/// <summary>
/// A misconfigured bot, started as an operator starts it, ends with exit code 78 (EX_CONFIG) and says which key to
/// change and how, without a stack trace: whether the setting is checked by options validation, read while the host
/// is built, or not convertible to its type at all.
/// </summary>
public sealed class ConfigurationRefusalProcessTests
{
    public static TheoryData<string, string, string> Misconfigurations => new()
    {
        { "Scheduling__MaxAttempts", "0", "Scheduling:MaxAttempts must be 1 or more" },
        { "MicrosoftAppId", "00000000-0000-0000-0000-000000000001", "MicrosoftAppId is set but MicrosoftAppPassword is not" },
        { "Database__Provider", "Oracle", "Database:Provider is 'Oracle', which is not a database engine the bot knows" },
        { "Connector__Retry__MaxAttempts", "several", "'Connector:Retry:MaxAttempts'" },
        { "Security__Mode", "Prod", "Security:Mode 'Prod' is not a security mode" },
    };

    [Theory]
    [MemberData(nameof(Misconfigurations))]
    public async Task AMisconfiguredBotExitsWithExConfigNamingTheKeyWithoutAStackTrace(string variable, string value, string expected)
    {
        await using var bot = BotProcess.Start(["--urls", $"http://127.0.0.1:{BotProcess.FreePort()}"], new Dictionary<string, string?> { [variable] = value });

        var exitCode = await bot.ExitCodeAsync();

        Assert.True(exitCode == StartupRefusals.ConfigurationExitCode, $"exit code {exitCode}:\n{bot.Output}");
        Assert.Contains(expected, bot.Output, StringComparison.Ordinal);
        Assert.Contains("The bot did not start: its configuration needs changing.", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", bot.Output, StringComparison.Ordinal);
    }
}
