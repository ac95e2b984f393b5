using Rectification.Bot.Channels.Telegram;

namespace Rectification.Tests.Telegram;

public sealed class TelegramOptionsTests
{
    private static readonly TelegramOptionsValidator Validator = new();

    [Fact]
    public void WithoutATokenTheChannelIsOffAndNothingIsChecked()
    {
        Assert.True(Validator.Validate(null, new TelegramOptions { WebhookUrl = "nonsense" }).Succeeded);
    }

    [Fact]
    public void ATokenAloneIsEnoughForLongPolling()
    {
        Assert.True(Validator.Validate(null, new TelegramOptions { BotToken = "123456:ABC-def_1" }).Succeeded);
    }

    [Fact]
    public void WebhookModeRefusesToStartWithoutASecretToken()
    {
        var result = Validator.Validate(null, new TelegramOptions { BotToken = "123456:ABC", WebhookUrl = "https://bot.example.org/api/telegram" });

        Assert.True(result.Failed);
        Assert.Contains("Telegram:SecretToken", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-token", null, null, null)]
    [InlineData("123456:ABC", "ftp://api", null, null)]
    [InlineData("123456:ABC", null, "http://bot.example.org/api/telegram", "secret")]
    [InlineData("123456:ABC", null, "https://bot.example.org/api/telegram", "bad secret!")]
    public void SettingsTheChannelCannotRunWithAreRefused(string token, string? api, string? webhook, string? secret)
    {
        var options = new TelegramOptions { BotToken = token, WebhookUrl = webhook, SecretToken = secret };
        if (api is not null)
        {
            options.ApiBaseUrl = api;
        }

        Assert.True(Validator.Validate(null, options).Failed);
    }
}
