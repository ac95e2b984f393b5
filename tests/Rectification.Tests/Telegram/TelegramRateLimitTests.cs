using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.Telegram;
using Rectification.Bot.Security.RateLimiting;
using Rectification.Bot.Storage;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.Telegram;

/// <summary>The per-person limit on Telegram's webhook: three messages a minute, then one notice, then silence.</summary>
public sealed class TelegramRateLimitTests(TelegramRateLimitTests.LimitedHost limited) : IClassFixture<TelegramRateLimitTests.LimitedHost>
{
    private const string TooFastChinese = "您发送得太快了，请稍后再试。";

    private TelegramBotHost Host => limited.Host;

    [Fact]
    public async Task ABurstOverTheLimitGetsOneNoticeAndNothingOfTheCutOffMessagesIsDone()
    {
        var chat = Host.NewChat();
        for (var i = 0; i < LimitedHost.Permits; i++)
        {
            Assert.StartsWith("<b>第14项", TelegramChat.Only(await chat.SayAsync("/status 14")).Text, StringComparison.Ordinal);
        }

        // Each would start a report dialog if it were handled; every post is still answered 200 (DeliverAsync asserts it).
        var cutOff = new List<TelegramApiCall>();
        for (var i = 0; i < 5; i++)
        {
            cutOff.AddRange(TelegramChat.Messages(await chat.SayAsync("/report 5")));
        }

        Assert.Equal(TooFastChinese, TelegramChat.Only(cutOff).Text);
        Assert.Equal(0, await DialogsOfAsync(chat));
    }

    [Fact]
    public async Task UnderTheLimitTheSameMessageStartsAReport()
    {
        // The control for the test above: what the cut-off messages would have left behind.
        var chat = Host.NewChat();

        await chat.SayAsync("/report 5");

        Assert.Equal(1, await DialogsOfAsync(chat));
        await chat.SayAsync("取消");
    }

    [Fact]
    public async Task AnotherPersonWritingDuringSomeonesFloodIsAnsweredNormally()
    {
        var flooding = Host.NewChat();
        var other = Host.NewChat(languageCode: "en");
        for (var i = 0; i < LimitedHost.Permits + 3; i++)
        {
            await flooding.SayAsync("/status 14");
        }

        var answer = TelegramChat.Only(await other.SayAsync("/status 14"));

        Assert.StartsWith("<b>Item 14", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNoticeIsInThePersonsLanguage()
    {
        var chat = Host.NewChat(languageCode: "en");
        for (var i = 0; i < LimitedHost.Permits; i++)
        {
            await chat.SayAsync("/status 14");
        }

        var notice = TelegramChat.Only(await chat.SayAsync("/status 14"));

        Assert.Equal("You are sending messages too fast; please wait a moment.", notice.Text);
    }

    private async Task<int> DialogsOfAsync(TelegramChat chat)
    {
        using var scope = Host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BotStateDbContext>();
        return await db.DialogStates.CountAsync(d => d.ChannelId == TelegramChannel.Name && d.ConversationId == chat.Key);
    }

    public sealed class LimitedHost : IAsyncLifetime
    {
        public const int Permits = 3;

        public TelegramBotHost Host { get; } = new TelegramBotHost()
            .With($"{RateLimitOptions.Section}:{nameof(RateLimitOptions.MessagesPerUser)}", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With($"{RateLimitOptions.Section}:{nameof(RateLimitOptions.UserWindow)}", "00:01:00");

        public Task InitializeAsync() => Host.InitializeAsync();

        public Task DisposeAsync() => Host.DisposeAsync();
    }
}

/// <summary>The per-person window ends: a person cut off is served again once it has passed.</summary>
public sealed class TelegramRateLimitWindowTests(TelegramRateLimitWindowTests.ShortWindowHost limited) : IClassFixture<TelegramRateLimitWindowTests.ShortWindowHost>
{
    [Fact]
    public async Task APersonCutOffIsServedAgainAfterTheWindow()
    {
        var chat = limited.Host.NewChat();
        Assert.StartsWith("<b>第14项", TelegramChat.Only(await chat.SayAsync("/status 14")).Text, StringComparison.Ordinal);
        Assert.Equal("您发送得太快了，请稍后再试。", TelegramChat.Only(await chat.SayAsync("/status 14")).Text);

        await Task.Delay(TimeSpan.FromSeconds(2.3));

        Assert.StartsWith("<b>第14项", TelegramChat.Only(await chat.SayAsync("/status 14")).Text, StringComparison.Ordinal);
    }

    public sealed class ShortWindowHost : IAsyncLifetime
    {
        public TelegramBotHost Host { get; } = new TelegramBotHost()
            .With($"{RateLimitOptions.Section}:{nameof(RateLimitOptions.MessagesPerUser)}", "1")
            .With($"{RateLimitOptions.Section}:{nameof(RateLimitOptions.UserWindow)}", "00:00:02");

        public Task InitializeAsync() => Host.InitializeAsync();

        public Task DisposeAsync() => Host.DisposeAsync();
    }
}
