using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Rounds;
using Rectification.Tests.Understanding;

namespace Rectification.Tests.Rounds;

/// <summary>How rounds are named: to switch to one, and inside a question; a report's words name none.</summary>
public sealed class RoundNamingTests
{
    private static readonly MessageRecognizer Recognizer = new();

    [Theory]
    [InlineData("切换到第五轮巡察", 5, null, null)]
    [InlineData("/round 2", 2, null, null)]
    [InlineData("switch to round 2", 2, null, null)]
    [InlineData("切换到2023年的巡察", null, 2023, null)]
    [InlineData("切换到市委第三巡察组对市金融局的巡察", null, null, "市委第三巡察组对市金融局")]
    [InlineData("把当前轮次设为第2轮", 2, null, null)]
    public void ASwitchNamesTheRoundByOrdinalYearOrWords(string text, int? ordinal, int? year, string? words)
    {
        var intent = Assert.IsType<SwitchRoundIntent>(Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);

        Assert.Equal((ordinal, year, words), (intent.Round.Ordinal, intent.Round.Year, intent.Round.Words));
    }

    [Theory]
    [InlineData("switch to English")]
    [InlineData("第五轮巡察第三项进展如何")]
    [InlineData("有哪些巡察轮次")]
    public void OtherMessagesAreNoSwitch(string text)
    {
        Assert.IsNotType<SwitchRoundIntent>(Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Theory]
    [InlineData("第二轮第14项进展如何", 2, "第14项进展如何")]
    [InlineData("status of item 14 in round 2", 2, "status of item 14")]
    [InlineData("round 2 item 14", 2, "item 14")]
    public void AQuestionNamingItsRoundIsSplitIntoTheRoundAndTheQuestion(string text, int ordinal, string rest)
    {
        var mention = RoundMention.Find(text);

        Assert.Equal((ordinal, rest), (mention?.Round.Ordinal, mention?.Remainder));
    }

    [Theory]
    [InlineData("更新5.2：又办了第二轮路演，完成了")]
    [InlineData("第14项进展如何")]
    [InlineData("update 5.2: finished round 2 of the roadshows")]
    public void AMessageThatOnlyMentionsARoundInItsTextNamesNone(string text)
    {
        Assert.Null(RoundMention.Find(text));
    }
}
