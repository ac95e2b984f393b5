using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Cards;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>Evidence added to an earlier entry: appended as its own entry naming the one it backs, which stays as recorded.</summary>
public sealed class LaterEvidenceTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private const string Minutes = "https://example.org/minutes.pdf";

    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public async Task InitializeAsync()
    {
        await _factory.AddPersonAsync("evidence-office", "张办公室", PersonRole.Staff, "办公室");
        await _factory.AddPersonAsync("evidence-risk", "赵风险", PersonRole.Staff, "风险处");
        await _factory.AssignAsync(18, "办公室");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EvidenceForAMeasureIsRecordedWithItsLatestEntryAndShownOnTheCards()
    {
        await _bot.AskAsync("update 14.3: drafted the rules 30%", "evidence-zh");
        var backed = (await _factory.FindingAsync(14)).LastEntry!;
        Assert.Equal(3, backed.MeasureOrdinal);

        var replies = await _bot.AskAsync("补充第14项第3条佐证：会议纪要 " + Minutes, "evidence-zh");

        Assert.Contains("补充佐证材料：会议纪要 " + Minutes, TextOf(replies), StringComparison.Ordinal);
        var status = BotClient.CardOf(replies).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("佐证材料：会议纪要 " + Minutes, status, StringComparison.Ordinal);
        Assert.Empty(AdaptiveCardSchemas.Problems(status));
        var finding = await _factory.FindingAsync(14);
        var added = finding.LastEntry!;
        Assert.Equal(ProgressEntryKind.EvidenceAdded, added.Kind);
        Assert.Equal(backed.Id, added.EvidenceForEntryId);
        Assert.Equal(3, added.MeasureOrdinal);
        Assert.Equal("会议纪要", added.EvidenceName);
        Assert.Equal(Minutes, added.EvidenceUrl);
        var unchanged = finding.History.Single(e => e.Id == backed.Id);
        Assert.Null(unchanged.EvidenceUrl);
        Assert.Equal(backed.Description, unchanged.Description);
        Assert.Equal([new Evidence("会议纪要", Minutes)], finding.EvidenceOf(unchanged));

        var history = BotClient.CardOf(await _bot.AskAsync("第十四项历史", "evidence-zh")).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("佐证材料：会议纪要 " + Minutes, history, StringComparison.Ordinal);
        Assert.DoesNotContain(Finding.EvidenceAddedDescription, history, StringComparison.Ordinal);
        Assert.Empty(AdaptiveCardSchemas.Problems(history));
    }

    [Fact]
    public async Task AnEnglishCommandAddsEvidenceToTheMeasure()
    {
        await _bot.AskAsync("update 15.1: started the review 20%", "evidence-en");
        var backed = (await _factory.FindingAsync(15)).LastEntry!;

        var replies = TextOf(await _bot.AskAsync("add evidence to 15.1: https://example.org/review.pdf", "evidence-en"));

        Assert.Contains("Evidence added", replies, StringComparison.Ordinal);
        var added = (await _factory.FindingAsync(15)).LastEntry!;
        Assert.Equal(backed.Id, added.EvidenceForEntryId);
        Assert.Equal("https://example.org/review.pdf", added.EvidenceUrl);
    }

    [Fact]
    public async Task AMissingLinkIsAskedForAndAFileSentNextIsRecorded()
    {
        const string user = "evidence-ask";
        var backed = (await _factory.FindingAsync(16)).EvidenceTarget(null)!;
        var before = await _factory.HistoryCountAsync(16);

        var asked = TextOf(await _bot.AskAsync("补充第16项佐证", user));
        Assert.Contains("请发送第16项的佐证材料", asked, StringComparison.Ordinal);
        Assert.Contains("这不像佐证材料", TextOf(await _bot.AskAsync("稍后再发", user)), StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(16));

        var withFile = TestActivities.Message(null, user);
        withFile.Attachments = [new Attachment { ContentType = "application/pdf", Name = "清单.pdf", ContentUrl = "https://files.example.org/list.pdf" }];
        Assert.Contains("补充佐证材料", TextOf(await _bot.SendAsync(withFile)), StringComparison.Ordinal);

        var added = (await _factory.FindingAsync(16)).LastEntry!;
        Assert.Equal(before + 1, await _factory.HistoryCountAsync(16));
        Assert.Equal(backed.Id, added.EvidenceForEntryId);
        Assert.Equal("清单.pdf", added.EvidenceName);
        Assert.Equal("https://files.example.org/list.pdf", added.EvidenceUrl);
    }

    [Fact]
    public async Task AFileAttachedWithEvidenceForAFindingIsRecordedAtOnce()
    {
        var withFile = TestActivities.Message("evidence for 17", "evidence-file");
        withFile.Attachments = [new Attachment { ContentType = "application/pdf", Name = "plan.pdf", ContentUrl = "https://files.example.org/plan.pdf" }];

        Assert.Contains("Evidence added", TextOf(await _bot.SendAsync(withFile)), StringComparison.Ordinal);

        var added = (await _factory.FindingAsync(17)).LastEntry!;
        Assert.Equal(ProgressEntryKind.EvidenceAdded, added.Kind);
        Assert.Equal("plan.pdf", added.EvidenceName);
    }

    [Fact]
    public async Task OnlyThoseWhoMayReportOnTheFindingMayAddEvidence()
    {
        var before = await _factory.HistoryCountAsync(18);

        var refused = TextOf(await _bot.AskAsync("补充第18项佐证：" + Minutes, "evidence-risk"));

        Assert.Contains("其他处室负责", refused, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(18));
        Assert.Contains("补充佐证材料", TextOf(await _bot.AskAsync("补充第18项佐证：" + Minutes, "evidence-office")), StringComparison.Ordinal);
        Assert.Equal(before + 1, await _factory.HistoryCountAsync(18));
    }
}
