using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Cards;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>销号 in chat is evidence-gated: refused naming what lacks evidence, done once it is backed, or overridden with a recorded reason.</summary>
public sealed class SignOffEvidenceChatTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private const string Leader = "gate-leader";

    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public async Task InitializeAsync() => await _factory.AddPersonAsync(Leader, "钱领导", PersonRole.Leader);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(0, "销号第{0}项", "暂不能销号", "措施")]
    [InlineData(1, "sign off {0}", "cannot be signed off yet", "Measure ")]
    public async Task ASignOffWithoutEvidenceIsRefusedListingEachCompletedMeasureByNumberAndTitle(int pick, string message, string refusal, string measureLabel)
    {
        var finding = await CompletedFindingAsync(pick);
        var before = await _factory.HistoryCountAsync(finding.Number);

        var replies = TextOf(await _bot.AskAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, finding.Number), Leader));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.All(finding.CompletedWorkWithoutEvidence(), work =>
        {
            Assert.Contains(measureLabel + work.MeasureOrdinal, replies, StringComparison.Ordinal);
            Assert.Contains(work.Text, replies, StringComparison.Ordinal);
        });
        Assert.Equal((FindingStatus.Completed, before), ((await _factory.FindingAsync(finding.Number)).Status, await _factory.HistoryCountAsync(finding.Number)));
    }

    [Fact]
    public async Task OnceEachCompletedMeasureHasEvidenceTheSignOffSucceedsAndItsCardOpensEachLink()
    {
        var finding = await CompletedFindingAsync(2);
        await _bot.BackCompletedWorkInChatAsync(_factory, finding.Number, Leader);

        var replies = await _bot.AskAsync($"销号第{finding.Number}项", Leader);

        Assert.Contains($"第{finding.Number}项已销号", TextOf(replies), StringComparison.Ordinal);
        Assert.Equal(FindingStatus.SignedOff, (await _factory.FindingAsync(finding.Number)).Status);
        var evidenceCard = CardsOf(replies).Last();
        Assert.Empty(AdaptiveCardSchemas.Problems(evidenceCard.ToJsonString(ActivitySerializer.Options)));
        var links = evidenceCard.ToJsonString(ActivitySerializer.Options);
        Assert.All(finding.Measures.Where(m => m.Status == MeasureStatus.Completed), measure =>
            Assert.Contains($"https://example.org/evidence/{finding.Number}/{measure.Ordinal}", links, StringComparison.Ordinal));
        Assert.Contains("Action.OpenUrl", links, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "销号第{0}项，理由：已现场核实", "已现场核实")]
    [InlineData(4, "销号第{0}项 无需佐证，因为材料已线下归档", "材料已线下归档")]
    [InlineData(5, "sign off {0} without evidence because it was checked on site", "it was checked on site")]
    public async Task AnOverrideWithAReasonSignsOffAndRecordsTheReasonInTheHistory(int pick, string message, string reason)
    {
        var finding = await CompletedFindingAsync(pick);

        var replies = await _bot.AskAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, finding.Number), Leader);

        var after = await _factory.FindingAsync(finding.Number);
        Assert.Equal(FindingStatus.SignedOff, after.Status);
        Assert.Equal((ProgressEntryKind.SignOff, Finding.SignOffWithoutEvidencePrefix + reason), (after.LastEntry!.Kind, after.LastEntry.Description));
        Assert.Contains(reason, CardsOf(replies).Last().ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, "销号第{0}项 无需佐证", "须说明理由", "销号第{0}项，理由：")]
    [InlineData(6, "sign off {0} without evidence", "needs a reason", "sign off {0} without evidence because ")]
    public async Task AnOverrideWithoutAReasonIsRefusedSayingHowToGiveOne(int pick, string message, string refusal, string example)
    {
        var finding = await CompletedFindingAsync(pick);
        var before = await _factory.HistoryCountAsync(finding.Number);

        var replies = TextOf(await _bot.AskAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, finding.Number), Leader));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, example, finding.Number), replies, StringComparison.Ordinal);
        Assert.Equal((FindingStatus.Completed, before), ((await _factory.FindingAsync(finding.Number)).Status, await _factory.HistoryCountAsync(finding.Number)));
    }

    [Fact]
    public async Task AnOverrideByStaffIsRefusedAsASignOffIs()
    {
        await _factory.AddPersonAsync("gate-staff", "孙员工", PersonRole.Staff, "办公室");
        var finding = await CompletedFindingAsync(7);

        var replies = TextOf(await _bot.AskAsync($"销号第{finding.Number}项，理由：已现场核实", "gate-staff"));

        Assert.Contains("只有领导", replies, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Completed, (await _factory.FindingAsync(finding.Number)).Status);
    }

    /// <summary>The seeded ledger's completed findings whose completed measures have no evidence; each test takes its own.</summary>
    private async Task<Finding> CompletedFindingAsync(int pick)
    {
        var candidates = new List<Finding>();
        for (var number = 1; number <= 29 && candidates.Count <= pick; number++)
        {
            var finding = await _factory.FindingAsync(number);
            if (finding.Status == FindingStatus.Completed && finding.CompletedWorkWithoutEvidence().Count > 0)
            {
                candidates.Add(finding);
            }
        }

        return candidates[pick];
    }

    private static List<JsonObject> CardsOf(IReadOnlyList<Activity> replies) =>
        [.. replies.SelectMany(r => r.Attachments ?? []).Where(a => a.ContentType == Attachment.AdaptiveCardContentType).Select(a => a.Content!.AsObject())];
}
