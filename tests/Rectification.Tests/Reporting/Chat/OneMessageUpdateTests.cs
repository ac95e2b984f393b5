using Rectification.Domain.Findings;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>"update 14.3: 已完成班子组建 100%" and its Chinese forms record at once; incomplete ones fall back to the dialog.</summary>
public sealed class OneMessageUpdateTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Fact]
    public async Task AnEnglishUpdateWithAPercentageIsRecordedAtOnce()
    {
        var before = await _factory.HistoryCountAsync(14);

        var replies = await _bot.AskAsync("update 14.3: 已完成班子组建 100%", "update-en");

        Assert.Contains("已记录第14项的进展", TextOf(replies), StringComparison.Ordinal);
        var finding = await _factory.FindingAsync(14);
        Assert.Equal(before + 1, finding.History.Count);
        Assert.Equal(MeasureStatus.Completed, finding.FindMeasure(3)!.Status);
        Assert.Equal("已完成班子组建", finding.LastEntry!.Description);
        Assert.Equal(0, await _factory.DialogCountAsync());
    }

    [Theory]
    [InlineData("更新第十五项第二条：已召开审议会议 70%", 15, 2, 70)]
    [InlineData("第15项第1条进展：清单已印发 40%", 15, 1, 40)]
    [InlineData("/update 15.3 谈心谈话已开展 55%", 15, 3, 55)]
    public async Task ChineseAndSlashFormsAreRecorded(string message, int number, int ordinal, int percent)
    {
        var replies = await _bot.AskAsync(message, "update-" + ordinal);

        Assert.Contains("15", TextOf(replies), StringComparison.Ordinal);
        var measure = (await _factory.FindingAsync(number)).FindMeasure(ordinal)!;
        Assert.Equal(percent, measure.PercentComplete);
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
    }

    [Fact]
    public async Task AnUpdateOfAMeasureTheFindingLacksFallsBackToTheDialog()
    {
        var before = await _factory.HistoryCountAsync(15);

        var replies = await _bot.AskAsync("update 15.9: done something 50%", "update-missing-measure");

        var text = TextOf(replies);
        Assert.Contains("no measure 9", text, StringComparison.Ordinal);
        Assert.Contains("Which measure", text, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(15));
        await _bot.AskAsync("cancel", "update-missing-measure");
    }

    [Fact]
    public async Task AnUpdateWithoutWhatWasDoneStartsTheDialogAtTheMissingStep()
    {
        var replies = await _bot.AskAsync("update item 15", "update-incomplete");

        Assert.Contains("Which measure", TextOf(replies), StringComparison.Ordinal);
        await _bot.AskAsync("cancel", "update-incomplete");
    }
}
