using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.Findings;
using Rectification.Tests.Cards;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Dialogs;

/// <summary>The guided progress report, whole conversations through /api/messages with expectReplies.</summary>
public sealed class ProgressDialogConversationTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheWholeDialogInChineseRecordsOneEntryWithEvidence()
    {
        const string user = "dialog-zh";
        var before = await _factory.HistoryCountAsync(14);

        var measures = TextOf(await _bot.AskAsync("汇报第十四项进展", user));
        Assert.Contains("要汇报哪条措施", measures, StringComparison.Ordinal);
        Assert.Contains("定期向局党组汇报中心工作进展", measures, StringComparison.Ordinal);

        Assert.Contains("新的状态", TextOf(await _bot.AskAsync("3", user)), StringComparison.Ordinal);
        Assert.Contains("做了哪些工作", TextOf(await _bot.AskAsync("推进中 60%", user)), StringComparison.Ordinal);
        Assert.Contains("佐证材料", TextOf(await _bot.AskAsync("已完成班子成员考察", user)), StringComparison.Ordinal);
        var confirm = await _bot.AskAsync("考察报告 https://example.org/report.pdf", user);
        var card = BotClient.CardOf(confirm).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("请确认", card, StringComparison.Ordinal);
        Assert.Empty(AdaptiveCardSchemas.Problems(card));
        Assert.Contains("推进中 60%", card, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(14));

        var saved = await _bot.AskAsync("确认", user);

        Assert.Contains("已记录第14项的进展", TextOf(saved), StringComparison.Ordinal);
        var finding = await _factory.FindingAsync(14);
        Assert.Equal(before + 1, finding.History.Count);
        var entry = finding.LastEntry!;
        Assert.Equal(3, entry.MeasureOrdinal);
        Assert.Equal(MeasureStatus.InProgress, entry.MeasureStatusAfter);
        Assert.Equal(60, entry.PercentAfter);
        Assert.Equal("已完成班子成员考察", entry.Description);
        Assert.Equal("https://example.org/report.pdf", entry.EvidenceUrl);
        Assert.Equal("考察报告", entry.EvidenceName);
        Assert.Equal(0, await _factory.DialogCountAsync());
    }

    [Fact]
    public async Task HelpBackAndAStatusQuestionInTheMiddleResumeTheDialog()
    {
        const string user = "dialog-en";
        var before = await _factory.HistoryCountAsync(7);

        Assert.Contains("Which item", TextOf(await _bot.AskAsync("report progress", user)), StringComparison.Ordinal);
        var help = await _bot.AskAsync("help", user);
        Assert.Contains("which item you are reporting on", TextOf(help), StringComparison.Ordinal);
        Assert.Contains("Which item", TextOf(help), StringComparison.Ordinal);

        Assert.Contains("Which measure", TextOf(await _bot.AskAsync("7", user)), StringComparison.Ordinal);
        Assert.Contains("What is the new status", TextOf(await _bot.AskAsync("1", user)), StringComparison.Ordinal);

        var question = await _bot.AskAsync("status of item 3", user);
        Assert.Contains("Item 3", BotClient.CardOf(question).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
        Assert.Contains("Back to where we were", TextOf(question), StringComparison.Ordinal);
        Assert.Contains("What is the new status", TextOf(question), StringComparison.Ordinal);

        Assert.Contains("Which measure", TextOf(await _bot.AskAsync("back", user)), StringComparison.Ordinal);
        Assert.Contains("What was done", TextOf(await _bot.AskAsync("whole", user)), StringComparison.Ordinal);
        Assert.Contains("too long", TextOf(await _bot.AskAsync(new string('x', ProgressEntry.MaxDescriptionLength + 1), user)), StringComparison.Ordinal);
        Assert.Contains("Any evidence", TextOf(await _bot.AskAsync("Drafted the work plan", user)), StringComparison.Ordinal);
        Assert.Contains("Please confirm", BotClient.CardOf(await _bot.AskAsync("none", user)).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);

        var saved = await _bot.AskAsync("confirm", user);

        Assert.Contains("Recorded progress on item 7", TextOf(saved), StringComparison.Ordinal);
        var finding = await _factory.FindingAsync(7);
        Assert.Equal(before + 1, finding.History.Count);
        Assert.Null(finding.LastEntry!.MeasureOrdinal);
        Assert.Equal("Drafted the work plan", finding.LastEntry.Description);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task CancellingAtAnyStepWritesNothing(int answered)
    {
        var user = "cancel-" + answered;
        string[] answers = ["9", "2", "推进中 30%", "做了一些工作", "无"];
        var before = await _factory.HistoryCountAsync(9);
        await _bot.AskAsync("汇报进展", user);
        foreach (var answer in answers.Take(answered))
        {
            await _bot.AskAsync(answer, user);
        }

        var cancelled = await _bot.AskAsync(answered % 2 == 0 ? "取消" : "cancel", user);

        Assert.Contains(answered % 2 == 0 ? "已取消" : "Cancelled", TextOf(cancelled), StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(9));
        Assert.Contains("没有", TextOf(await _bot.AskAsync("取消", user)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewMeasureIsAddedThroughTheDialog()
    {
        const string user = "dialog-new-measure";
        var measuresBefore = (await _factory.FindingAsync(21)).Measures.Count;

        await _bot.AskAsync("汇报第二十一项进展", user);
        Assert.Contains("新措施的内容", TextOf(await _bot.AskAsync("新措施", user)), StringComparison.Ordinal);
        await _bot.AskAsync("建立月度学习调度机制", user);
        await _bot.AskAsync("已完成", user);
        await _bot.AskAsync("已印发调度制度", user);
        await _bot.AskAsync("无", user);
        Assert.Contains("已记录第21项的进展", TextOf(await _bot.AskAsync("确认", user)), StringComparison.Ordinal);

        var finding = await _factory.FindingAsync(21);
        Assert.Equal(measuresBefore + 1, finding.Measures.Count);
        Assert.Equal("建立月度学习调度机制", finding.Measures[^1].Text);
        Assert.Equal(ProgressEntryKind.MeasureAdded, finding.LastEntry!.Kind);
    }

    [Fact]
    public async Task AnUnusableAnswerIsAskedAgainAndTheDialogGivesUpAfterTheLimit()
    {
        const string user = "dialog-retries";
        await _bot.AskAsync("汇报第十二项进展", user);

        var again = TextOf(await _bot.AskAsync("不知道", user));
        Assert.Contains("请回复措施编号", again, StringComparison.Ordinal);
        await _bot.AskAsync("不知道", user);
        await _bot.AskAsync("不知道", user);
        var gaveUp = TextOf(await _bot.AskAsync("不知道", user));

        Assert.Contains("本次汇报已结束", gaveUp, StringComparison.Ordinal);
        Assert.Contains("没有", TextOf(await _bot.AskAsync("取消", user)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileAttachedAtTheEvidenceStepIsRecordedByNameAndLink()
    {
        const string user = "dialog-attachment";
        await _bot.AskAsync("report progress on item 16", user);
        await _bot.AskAsync("1", user);
        await _bot.AskAsync("completed", user);
        await _bot.AskAsync("Issued the responsibility list", user);
        var withFile = TestActivities.Message(null, user);
        withFile.Attachments = [new Attachment { ContentType = "application/pdf", Name = "清单.pdf", ContentUrl = "https://files.example.org/list.pdf" }];
        await _bot.SendAsync(withFile);

        await _bot.AskAsync("confirm", user);

        var entry = (await _factory.FindingAsync(16)).LastEntry!;
        Assert.Equal("清单.pdf", entry.EvidenceName);
        Assert.Equal("https://files.example.org/list.pdf", entry.EvidenceUrl);
        Assert.Equal(MeasureStatus.Completed, entry.MeasureStatusAfter);
    }

    [Fact]
    public async Task AOneMessageUpdateInTheMiddleOfADialogReplacesIt()
    {
        const string user = "dialog-replaced";
        var before = await _factory.HistoryCountAsync(27);
        await _bot.AskAsync("report progress on item 27", user);
        await _bot.AskAsync("1", user);
        await _bot.AskAsync("in progress 20%", user);

        var replies = TextOf(await _bot.AskAsync("update 27.1: drafted the rules 30%", user));

        Assert.Contains("dropped your unfinished report", replies, StringComparison.Ordinal);
        Assert.Contains("Recorded progress on item 27", replies, StringComparison.Ordinal);
        Assert.Equal(before + 1, await _factory.HistoryCountAsync(27));
        Assert.Equal(30, (await _factory.FindingAsync(27)).FindMeasure(1)!.PercentComplete);
    }
}
