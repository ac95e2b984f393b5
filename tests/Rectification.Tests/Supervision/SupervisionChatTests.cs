using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Questions.QuestionLedger;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Supervision;

/// <summary>督办清单 and the plain questions about the ladder, asked in chat over HTTP on a fake clock, in both languages.</summary>
public sealed class SupervisionChatTests(SupervisionLedger ledger) : IClassFixture<SupervisionLedger>
{
    private readonly BotClient _bot = ledger.Client;

    [Theory]
    [InlineData("哪些问题逾期了", "逾期问题（2）")]
    [InlineData("有哪些逾期的问题？", "逾期问题（2）")]
    [InlineData("逾期事项", "逾期问题（2）")]
    [InlineData("which items are overdue", "Overdue items (2)")]
    [InlineData("what's overdue?", "Overdue items (2)")]
    [InlineData("/overdue", "逾期问题（2）")]
    public async Task OverdueQuestionsListOnlyTheOverdueFindingsRedFirst(string question, string title)
    {
        var replies = await _bot.AskAsync(question, "staff-li");

        Assert.Equal([13, 10], FindingsOf(BotClient.CardOf(replies)));
        Assert.StartsWith(title, TextOf(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("督办清单", "督办清单（4）", "红色督办（2）", "已逾期 11 个工作日")]
    [InlineData("overdue list", "Supervision list (4)", "Red: escalated (2)", "11 working days overdue")]
    [InlineData("supervision list", "Supervision list (4)", "Yellow: overdue (1)", "1 working day overdue")]
    public async Task TheSupervisionListGroupsEveryColouredFindingByColour(string question, string title, string heading, string standing)
    {
        var replies = await _bot.AskAsync(question, "leader-zhao");

        Assert.Equal([13, 20, 10, 4], FindingsOf(BotClient.CardOf(replies)));
        var text = TextOf(replies);
        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(standing, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("红色督办的问题", new[] { 13, 20 })]
    [InlineData("which items are yellow", new[] { 10 })]
    [InlineData("即将到期的问题", new[] { 4 })]
    [InlineData("5个工作日内到期的问题", new[] { 13, 10, 4, 5 })]
    [InlineData("what is due within five working days", new[] { 13, 10, 4, 5 })]
    [InlineData("哪些问题三个工作日内到期", new[] { 13, 10, 4 })]
    public async Task AColourOrANumberOfWorkingDaysNarrowsTheList(string question, int[] expected)
    {
        var replies = await _bot.AskAsync(question, "staff-li");

        Assert.Equal(expected, FindingsOf(BotClient.CardOf(replies)));
    }

    [Theory]
    [InlineData("第十三项进展如何", "红色督办 · 已逾期 11 个工作日")]
    [InlineData("how is item 13 doing", "Red: escalated · 11 working days overdue")]
    [InlineData("第四项进展如何", "蓝色督办 · 距时限还有 3 个工作日")]
    [InlineData("第二十项进展如何", "红色督办 · 已重新打开")]
    public async Task TheStatusCardShowsTheFindingsColour(string question, string standing)
    {
        var text = TextOf(await _bot.AskAsync(question, "staff-li"));

        Assert.Contains(standing, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第五项进展如何")]
    [InlineData("第十一项进展如何")]
    public async Task AFindingNotNearItsDeadlineOrSignedOffShowsNoColour(string question)
    {
        var text = TextOf(await _bot.AskAsync(question, "staff-li"));

        Assert.DoesNotContain("督办", text, StringComparison.Ordinal);
    }
}
