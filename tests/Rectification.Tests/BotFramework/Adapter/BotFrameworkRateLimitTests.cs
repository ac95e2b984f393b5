using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Security.RateLimiting;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.BotFramework.Adapter;

/// <summary>The per-person limit on /api/messages: Teams' retries are not counted, the notice is a normal reply.</summary>
public sealed class BotFrameworkRateLimitTests(BotFrameworkRateLimitTests.LimitedBot bot) : IClassFixture<BotFrameworkRateLimitTests.LimitedBot>
{
    private const string TooFastEnglish = "You are sending messages too fast; please wait a moment.";

    [Fact]
    public async Task RetriesOfOneActivityAreNotCountedAgainstThePerson()
    {
        var message = TestActivities.Message("status of item 14", "bf-retrying", "en-US");
        Assert.NotEmpty(await bot.Client.SendAsync(message));
        for (var i = 0; i < 4; i++)
        {
            Assert.Empty(await bot.Client.SendAsync(message));
        }

        var second = await bot.Client.SendAsync(TestActivities.Message("status of item 14", "bf-retrying", "en-US"));
        var third = await bot.Client.SendAsync(TestActivities.Message("status of item 14", "bf-retrying", "en-US"));

        Assert.Contains("Item 14", BotClient.CardOf(second).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(TooFastEnglish, Assert.Single(third).Text);
    }

    [Fact]
    public async Task AfterTheNoticeFurtherMessagesAreAcknowledgedWithoutAnAnswer()
    {
        for (var i = 0; i < LimitedBot.Permits; i++)
        {
            await bot.Client.AskAsync("第十四项进展如何", "bf-flooder");
        }

        var notice = await bot.Client.AskAsync("第十四项进展如何", "bf-flooder");
        var dropped = await bot.Client.AskAsync("第十四项进展如何", "bf-flooder");
        var others = await bot.Client.AskAsync("status of item 14", "bf-bystander", "en-US");

        Assert.Equal("您发送得太快了，请稍后再试。", Assert.Single(notice).Text);
        Assert.Empty(dropped);
        Assert.Contains("Item 14", BotClient.CardOf(others).ToJsonString(), StringComparison.Ordinal);
    }

    public sealed class LimitedBot : IDisposable
    {
        public const int Permits = 2;

        public LimitedBot()
        {
            Factory = new BotApplicationFactory()
                .With($"{RateLimitOptions.Section}:{nameof(RateLimitOptions.MessagesPerUser)}", "2")
                .With($"{RateLimitOptions.Section}:{nameof(RateLimitOptions.UserWindow)}", "00:01:00");
            Factory.StartServer();
            Client = new BotClient(Factory.CreateClient());
        }

        public BotApplicationFactory Factory { get; }

        public BotClient Client { get; }

        public void Dispose() => Factory.Dispose();
    }
}
