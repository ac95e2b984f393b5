using Rectification.Domain.Findings;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Dialogs;

/// <summary>The dialog's "what was done" step takes a description, and recognises a status or a correction given there instead.</summary>
public sealed class DescriptionStepTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Fact]
    public async Task ACorrectedPercentageAtTheDescriptionStepBecomesTheStatusAndTheStepIsAskedAgain()
    {
        const string user = "oops-95";
        await _bot.AskAsync("report progress on item 14", user);
        await _bot.AskAsync("2", user);
        await _bot.AskAsync("in progress 60%", user);

        var replies = TextOf(await _bot.AskAsync("oops, actually it's 95%", user));

        Assert.Contains("the status is now \"In progress, 95%\"", replies, StringComparison.Ordinal);
        Assert.Contains("What was done", replies, StringComparison.OrdinalIgnoreCase);
        await _bot.AskAsync("drafted the rules and sent them for review", user);
        await _bot.AskAsync("none", user);
        var confirm = TextOf(await _bot.AskAsync("yes", user));
        var finding = await _factory.FindingAsync(14);
        Assert.Equal(95, finding.FindMeasure(2)!.PercentComplete);
        Assert.Equal("drafted the rules and sent them for review", finding.LastEntry!.Description);
        Assert.Contains("Recorded", confirm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChineseStatusAtTheDescriptionStepIsNotSavedAsTheDescription()
    {
        const string user = "status-at-description";
        await _bot.AskAsync("汇报第十八项进展", user);
        await _bot.AskAsync("3", user);
        await _bot.AskAsync("推进中", user);

        var replies = TextOf(await _bot.AskAsync("不对，已经完成了", user));

        Assert.Contains("状态记为“已完成”", replies, StringComparison.Ordinal);
        await _bot.AskAsync("完成了最后一批培训", user);
        await _bot.AskAsync("无", user);
        await _bot.AskAsync("确认", user);
        var finding = await _factory.FindingAsync(18);
        Assert.Equal(MeasureStatus.Completed, finding.FindMeasure(3)!.Status);
        Assert.Equal("完成了最后一批培训", finding.LastEntry!.Description);
    }

    [Fact]
    public async Task ADescriptionThatStatesAnotherStatusThanTheOneChosenIsAskedAbout()
    {
        const string user = "disagreeing-description";
        await _bot.AskAsync("汇报第十三项进展", user);
        await _bot.AskAsync("1", user);
        await _bot.AskAsync("推进中 50%", user);

        var replies = TextOf(await _bot.AskAsync("召开了推进会，已完成", user));

        Assert.Contains("刚才选择的状态是“推进中 50%”", replies, StringComparison.Ordinal);
        Assert.Equal(1, await _factory.DialogCountAsync(user));
        await _bot.AskAsync("取消", user);
    }

    [Theory]
    [InlineData("汇报第十三项进展")]
    [InlineData("销号12")]
    public async Task ANewRequestAtTheDescriptionStepReplacesTheDialogInsteadOfBeingSaved(string request)
    {
        var user = "new-request-" + request.Length;
        await _bot.AskAsync("汇报第十三项进展", user);
        await _bot.AskAsync("1", user);
        await _bot.AskAsync("推进中", user);
        var before = await _factory.HistoryCountAsync(13);

        var replies = TextOf(await _bot.AskAsync(request, user));

        Assert.Contains("之前未完成的汇报已放弃", replies, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(13));
        Assert.DoesNotContain((await _factory.FindingAsync(13)).History, e => e.Description == request);
        await _bot.AskAsync("取消", user);
    }

    [Fact]
    public async Task ADescriptionThatAgreesWithTheChosenStatusKeepsOnlyWhatWasDone()
    {
        const string user = "agreeing-description";
        await _bot.AskAsync("汇报第四项进展", user);
        await _bot.AskAsync("1", user);
        await _bot.AskAsync("推进中 70%", user);
        await _bot.AskAsync("又走访了三家企业，70%", user);
        await _bot.AskAsync("无", user);

        await _bot.AskAsync("确认", user);

        Assert.Equal("又走访了三家企业", (await _factory.FindingAsync(4)).LastEntry!.Description);
    }
}
