using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>"帮助"/"help" through the chat pipeline: each role sees what it can do, in the language it asked in.</summary>
public sealed class HelpByRoleChatTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private readonly BotClient _bot = fixture.Client;

    public async Task InitializeAsync()
    {
        await fixture.Factory.AddPersonAsync("help-staff", "孙员工", PersonRole.Staff, "综合处");
        await fixture.Factory.AddPersonAsync("help-leader", "李局长", PersonRole.Leader);
        await fixture.Factory.AddPersonAsync("help-admin", "钱管理", PersonRole.Admin);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("help-staff", "帮助", "更新14.3", "销号第十四项")]
    [InlineData("help-staff", "help", "update 14.3", "sign off 14")]
    [InlineData("help-leader", "帮助", "销号第十四项", "把王五改成管理员")]
    [InlineData("help-leader", "帮助", "重新打开第十四项：反弹回潮", "分配第十三项")]
    [InlineData("help-leader", "help", "subscribe to the weekly digest", "make Wang Wu an admin")]
    [InlineData("help-admin", "帮助", "把王五改成管理员", "销号第十四项")]
    [InlineData("help-admin", "帮助", "第五项的完成时限改为2024年12月31日", "销号第十四项")]
    [InlineData("help-admin", "help", "set the deadline of item 5 to 2024-12-31", "sign off 14")]
    [InlineData("someone-new", "帮助", "汇报第十四项进展", "销号第十四项")]
    public async Task EachRoleSeesItsOwnHelp(string user, string message, string shown, string hidden)
    {
        var card = BotClient.CardOf(await _bot.AskAsync(message, user)).ToJsonString(ActivitySerializer.Options);

        Assert.Contains(shown, card, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("帮助", "您还没有登记", "汇报第十四项进展")]
    [InlineData("help", "You are not registered", "/report 14")]
    public async Task AnUnknownPersonInProductionModeSeesOnlyQuestionsAndWhomToAsk(string message, string note, string hidden)
    {
        using var factory = new BotApplicationFactory().With("Reporting:AllowUnknownUsers", "false");
        factory.StartServer();
        var bot = new BotClient(factory.CreateClient());

        var card = BotClient.CardOf(await bot.AskAsync(message, "stranger")).ToJsonString(ActivitySerializer.Options);

        Assert.Contains(note, card, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, card, StringComparison.Ordinal);
    }
}
