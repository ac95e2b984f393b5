using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Questions;

/// <summary>Questions on a freshly seeded ledger: nothing recorded this week, nobody registered.</summary>
public sealed class QuietWeekChatTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;

    [Theory]
    [InlineData("本周有什么变化", "本周（", "还没有新的记录")]
    [InlineData("what changed this week", "Nothing was recorded this week (since Monday", "no item changed")]
    public async Task AWeekWithoutEntriesIsSaidToHaveNone(string question, params string[] expected)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Null(reply.Attachments);
        Assert.All(expected, part => Assert.Contains(part, reply.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAdministratorsTheUnknownAskerIsSentToTheBotsAdministrator()
    {
        var text = TextOf(await _bot.AskAsync("我的待办"));

        Assert.Contains("我还不认识您", text, StringComparison.Ordinal);
        Assert.Contains("请联系系统管理员", text, StringComparison.Ordinal);
    }
}
