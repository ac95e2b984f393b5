using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>The guided report takes only answers that fit: cancel words end it, the evidence step takes a link, a file or "none".</summary>
public sealed class DialogStepAnswerTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Theory]
    [InlineData("算了不报了")]
    [InlineData("先不报了")]
    [InlineData("不用报了")]
    [InlineData("never mind")]
    [InlineData("forget it")]
    [InlineData("cancel that")]
    public async Task ACancelWordAtTheDescriptionStepEndsTheDialogAndSavesNothing(string words)
    {
        var user = "cancel-words-" + words.GetHashCode(StringComparison.Ordinal);
        var before = await _factory.HistoryCountAsync(9);
        await _bot.AskAsync("汇报第九项进展", user);
        await _bot.AskAsync("2", user);
        Assert.Contains("做了哪些工作", TextOf(await _bot.AskAsync("推进中 30%", user)), StringComparison.Ordinal);

        var cancelled = TextOf(await _bot.AskAsync(words, user));

        Assert.Matches("已取消|Cancelled", cancelled);
        Assert.Equal(before, await _factory.HistoryCountAsync(9));
        Assert.DoesNotContain((await _factory.FindingAsync(9)).History, e => e.Description == words);
        Assert.Matches("无需取消|nothing to cancel", TextOf(await _bot.AskAsync(words, user)));
    }

    [Fact]
    public async Task ASentenceAtTheEvidenceStepIsAskedAgainSayingWhatCountsAndALabelledLinkIsKeptWithItsName()
    {
        const string user = "evidence-sentence";
        await AnswerUpToEvidenceAsync(user, 10);

        var again = TextOf(await _bot.AskAsync("材料已经放到共享盘了", user));
        Assert.Contains("这不像佐证材料", again, StringComparison.Ordinal);
        Assert.Contains("回复“无”跳过", again, StringComparison.Ordinal);
        Assert.Contains("有佐证材料吗", again, StringComparison.Ordinal);

        var several = TextOf(await _bot.AskAsync("https://example.org/a.pdf https://example.org/b.pdf", user));
        Assert.Contains("一次请只发一个链接", several, StringComparison.Ordinal);

        var card = BotClient.CardOf(await _bot.AskAsync("会议纪要 https://example.org/minutes.pdf", user)).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("请确认", card, StringComparison.Ordinal);
        await _bot.AskAsync("确认", user);

        var entry = (await _factory.FindingAsync(10)).LastEntry!;
        Assert.Equal("做了调研", entry.Description);
        Assert.Equal("会议纪要", entry.EvidenceName);
        Assert.Equal("https://example.org/minutes.pdf", entry.EvidenceUrl);
    }

    [Theory]
    [InlineData("暂无")]
    [InlineData("没有佐证")]
    [InlineData("n/a")]
    public async Task NoneInItsUsualFormsSkipsTheEvidence(string none)
    {
        var user = "evidence-none-" + none.GetHashCode(StringComparison.Ordinal);
        await AnswerUpToEvidenceAsync(user, 11);

        var card = BotClient.CardOf(await _bot.AskAsync(none, user)).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("请确认", card, StringComparison.Ordinal);
        await _bot.AskAsync("确认", user);

        var entry = (await _factory.FindingAsync(11)).LastEntry!;
        Assert.Null(entry.EvidenceName);
        Assert.Null(entry.EvidenceUrl);
    }

    [Fact]
    public async Task ABareLinkAtTheEvidenceStepOfAChineseDialogConfirmsInChinese()
    {
        const string user = "evidence-bare-link";
        await AnswerUpToEvidenceAsync(user, 13);

        var confirm = await _bot.AskAsync("https://example.org/report.pdf", user);

        var card = BotClient.CardOf(confirm).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("请确认", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Please confirm", card, StringComparison.Ordinal);
        Assert.Contains("已记录第13项的进展", TextOf(await _bot.AskAsync("确认", user)), StringComparison.Ordinal);
        Assert.Equal("https://example.org/report.pdf", (await _factory.FindingAsync(13)).LastEntry!.EvidenceUrl);
    }

    private async Task AnswerUpToEvidenceAsync(string user, int finding)
    {
        await _bot.AskAsync($"汇报第{finding}项进展", user);
        await _bot.AskAsync("1", user);
        await _bot.AskAsync("推进中 40%", user);
        Assert.Contains("佐证材料", TextOf(await _bot.AskAsync("做了调研", user)), StringComparison.Ordinal);
    }
}
