using Rectification.Domain.Findings;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>
/// Reports as people write them, end to end through the chat: the status recorded is the one the text states, the
/// description is what was done without the status words, and what states nothing new is not recorded as a change.
/// </summary>
public sealed class StatedProgressTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Theory]
    [InlineData("更新5.2：10月份又办了两场投融资路演，完成了", 5, 2, "10月份又办了两场投融资路演")]
    [InlineData("更新13.1：已经全部完成", 13, 1, "已完成")]
    [InlineData("更新18.3：做完了", 18, 3, "已完成")]
    [InlineData("update 10.1: rules issued, all done", 10, 1, "rules issued")]
    public async Task AMeasureSaidToBeDoneIsRecordedAsDone(string message, int number, int ordinal, string description)
    {
        var replies = TextOf(await _bot.AskAsync(message, $"done-{number}-{ordinal}"));

        var finding = await _factory.FindingAsync(number);
        Assert.Equal(MeasureStatus.Completed, finding.FindMeasure(ordinal)!.Status);
        Assert.Equal(description, finding.LastEntry!.Description);
        Assert.DoesNotContain(" → 推进中", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第14项第3条完成80%", 14, 3, 80)]
    [InlineData("15.2完成80%", 15, 2, 80)]
    [InlineData("第十四项第二条已完成百分之六十", 14, 2, 60)]
    [InlineData("27.1 70% done", 27, 1, 70)]
    public async Task AnUpdateWithoutVerbOrColonIsRecordedWhenItStatesProgress(string message, int number, int ordinal, int percent)
    {
        var before = await _factory.HistoryCountAsync(number);

        var replies = TextOf(await _bot.AskAsync(message, $"verbless-{number}-{ordinal}"));

        var measure = (await _factory.FindingAsync(number)).FindMeasure(ordinal)!;
        Assert.Equal((MeasureStatus.InProgress, (int?)percent), (measure.Status, measure.PercentComplete));
        Assert.Equal(before + 1, await _factory.HistoryCountAsync(number));
        Assert.DoesNotContain("整改措施", replies.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusWordsAndPercentagesAreTakenOutOfTheDescription()
    {
        await _bot.AskAsync("更新4.2：已完成 100% 10月份召开了两次推进会", "words-out");

        var finding = await _factory.FindingAsync(4);
        Assert.Equal("10月份召开了两次推进会", finding.LastEntry!.Description);
        Assert.Equal(MeasureStatus.Completed, finding.FindMeasure(2)!.Status);
    }

    [Fact]
    public async Task AnUpdateThatStatesNoStatusKeepsTheMeasuresStatus()
    {
        await _bot.AskAsync("更新4.3：已完成 100%", "keeps-status");
        var before = await _factory.HistoryCountAsync(4);

        await _bot.AskAsync("更新4.3：又补充了一份工作台账", "keeps-status");

        var finding = await _factory.FindingAsync(4);
        Assert.Equal(before + 1, finding.History.Count);
        Assert.Equal(MeasureStatus.Completed, finding.FindMeasure(3)!.Status);
        Assert.Equal("又补充了一份工作台账", finding.LastEntry!.Description);
    }

    [Fact]
    public async Task AReportThatChangesNothingIsCalledOneAndNotRecorded()
    {
        await _bot.AskAsync("更新10.2：已完成", "no-change");
        var before = await _factory.HistoryCountAsync(10);

        var replies = TextOf(await _bot.AskAsync("更新10.2：已完成", "no-change"));

        Assert.Contains("没有新的进展内容，未作记录", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("已完成 → 已完成", replies, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(10));
    }

    [Fact]
    public async Task SayingTheStatusIsStillTheSameIsCalledNoChange()
    {
        var before = await _factory.HistoryCountAsync(5);

        var replies = TextOf(await _bot.AskAsync("更新5.1：还是已完成，没变化", "still-the-same"));

        Assert.Contains("未作记录", replies, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(5));
    }

    [Fact]
    public async Task AnIncompleteUpdateSaysBackTheStatusItTookBeforeAskingTheRest()
    {
        var replies = TextOf(await _bot.AskAsync("更新13：完成百分之八十", "status-said-back"));

        Assert.Contains("已记下状态“推进中 80%”", replies, StringComparison.Ordinal);
        Assert.Contains("要汇报哪条措施", replies, StringComparison.Ordinal);
        await _bot.AskAsync("取消", "status-said-back");
    }

    [Fact]
    public async Task ADescriptionWithAnUnchangedStatusSaysTheStatusDidNotChange()
    {
        await _bot.AskAsync("更新10.3：推进中 40%", "unchanged-status");

        var replies = TextOf(await _bot.AskAsync("更新10.3：又开了一次协调会，40%", "unchanged-status"));

        Assert.Contains("措施3：推进中 40%（未变）", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("→", replies.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkInsideAnUpdateIsRecordedAsItsEvidence()
    {
        await _bot.AskAsync("更新13.2：会议纪要已上传 https://docs.example.org/minutes/13-2.pdf ，推进中 50%", "link-evidence");

        var entry = (await _factory.FindingAsync(13)).LastEntry!;
        Assert.Equal("https://docs.example.org/minutes/13-2.pdf", entry.EvidenceUrl);
        Assert.Equal("会议纪要已上传", entry.Description);
        Assert.Equal(50, entry.PercentAfter);
    }

    [Fact]
    public async Task AnEnglishUpdateThatOnlyStatesAStatusIsDescribedInTheOfficesLanguage()
    {
        await _bot.AskAsync("update 18.1: not done yet, 30%", "status-only-en");

        Assert.Equal("推进中 30%", (await _factory.FindingAsync(18)).LastEntry!.Description);
    }

    [Fact]
    public async Task AnEnglishCardLabelsTheEvidenceWithAnEnglishColon()
    {
        var replies = TextOf(await _bot.AskAsync("update 18.2: minutes uploaded https://docs.example.org/18-2.pdf", "link-evidence-en"));

        Assert.Contains("Evidence: https://docs.example.org/18-2.pdf", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Evidence：", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("更新14.1：完成了，80%", "不一致")]
    [InlineData("update 14.1: 50% 80%", "two different percentages")]
    [InlineData("更新14.1：未开始 30%", "不一致")]
    public async Task AnUpdateThatContradictsItselfIsAskedAboutAndNotRecorded(string message, string explanation)
    {
        var user = "contradiction-" + message.Length;
        var before = await _factory.HistoryCountAsync(14);

        var replies = TextOf(await _bot.AskAsync(message, user));

        Assert.Contains(explanation, replies, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(14));
        Assert.Equal(1, await _factory.DialogCountAsync(user));
        await _bot.AskAsync("cancel", user);
    }

    [Fact]
    public async Task AnUpdateOfANotStartedMeasureThatStatesNoStatusAsksForIt()
    {
        await _bot.AskAsync("更新15.3：未开始", "asks-status");
        var before = await _factory.HistoryCountAsync(15);

        var replies = TextOf(await _bot.AskAsync("更新15.3：起草了制度初稿", "asks-status"));

        Assert.Contains("状态", replies, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(15));
        await _bot.AskAsync("推进中 30%", "asks-status");
        await _bot.AskAsync("无", "asks-status");
        await _bot.AskAsync("确认", "asks-status");
        var finding = await _factory.FindingAsync(15);
        Assert.Equal((MeasureStatus.InProgress, (int?)30, "起草了制度初稿"), (finding.FindMeasure(3)!.Status, finding.FindMeasure(3)!.PercentComplete, finding.LastEntry!.Description));
    }

    [Fact]
    public async Task AQuestionAboutAMeasureIsNotAnUpdate()
    {
        var before = await _factory.HistoryCountAsync(14);

        await _bot.AskAsync("第14项第3条完成了吗", "question-not-update");
        await _bot.AskAsync("第14项第3条进展如何", "question-not-update");

        Assert.Equal(before, await _factory.HistoryCountAsync(14));
        Assert.Equal(0, await _factory.DialogCountAsync("question-not-update"));
    }
}
