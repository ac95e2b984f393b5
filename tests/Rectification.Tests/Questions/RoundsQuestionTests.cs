using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Understanding;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Questions;

/// <summary>"Which inspection rounds are there": the ledger's rounds, the current one (whose item numbers questions mean) marked.</summary>
public sealed class RoundsQuestionTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private static readonly MessageRecognizer Recognizer = new();

    private readonly BotClient _bot = fixture.Client;

    [Theory]
    [InlineData("有哪些巡察轮次")]
    [InlineData("巡察轮次")]
    [InlineData("列出所有巡察轮次")]
    [InlineData("巡察有哪些")]
    [InlineData("list rounds")]
    [InlineData("which inspection rounds are there?")]
    [InlineData("/rounds")]
    public void AQuestionAboutTheRoundsIsUnderstoodAsSuch(string text)
    {
        Assert.IsType<ListRoundsIntent>(Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Theory]
    [InlineData("第五轮巡察第三项进展如何")]
    [InlineData("status of item 14")]
    [InlineData("汇报第十四项进展")]
    public void AQuestionAboutOneFindingIsNotARoundsQuestion(string text)
    {
        Assert.IsNotType<ListRoundsIntent>(Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Fact]
    public async Task TheRoundsAreListedInChineseWithTheCurrentOneMarked()
    {
        var text = TextOf(await _bot.AskAsync("有哪些巡察轮次", "rounds-zh"));

        Assert.StartsWith("巡察轮次（1）", text, StringComparison.Ordinal);
        Assert.Contains("1. 市委第六巡察组巡察中共武汉市委金融委员会办公室：2023年10月16日反馈，2024年6月18日公布整改进展，29 个问题（当前轮次）", text, StringComparison.Ordinal);
        Assert.Contains("按本会话的当前轮次", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRoundsAreListedInEnglish()
    {
        var text = TextOf(await _bot.AskAsync("list rounds", "rounds-en"));

        Assert.StartsWith("Inspection rounds (1)", text, StringComparison.Ordinal);
        Assert.Contains("29 findings (current round)", text, StringComparison.Ordinal);
    }
}
