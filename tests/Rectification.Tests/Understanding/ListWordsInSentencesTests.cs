using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Tests.Understanding.Phrasings;

namespace Rectification.Tests.Understanding;

/// <summary>
/// 清单, 汇总 and 概况 ask for the list when they are the request itself, not when a report sentence uses them (a dialog
/// step would otherwise answer a description with the list).
/// </summary>
public sealed class ListWordsInSentencesTests
{
    private static readonly MessageRecognizer Recognizer = new();

    [Theory]
    [InlineData("问题清单")]
    [InlineData("给我看看整改清单")]
    [InlineData("汇总")]
    [InlineData("整改概况")]
    [InlineData("列出所有问题")]
    public void AListWordAsTheRequestAsksForTheList(string message) =>
        Phrasings.Phrasings.Assert(message, new ListFindingsIntent(FindingListFilter.All));

    [Theory]
    [InlineData("已开展清单式融资信用辅导")]
    [InlineData("形成问题清单并逐项销号管理")]
    [InlineData("已汇总各处室的整改材料报局党组")]
    public void AListWordInsideAReportSentenceIsNotAListQuestion(string message) =>
        Assert.IsNotType<ListFindingsIntent>(Recognizer.Recognize(message, AnnouncementFindings.Context).Intent);
}
