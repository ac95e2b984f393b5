using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Tests.Understanding;

namespace Rectification.Tests.Supervision;

/// <summary>Answers to a follow-up check (回头看), typed in either language or sent by the check's buttons.</summary>
public sealed class FollowUpRecognitionTests
{
    private static readonly MessageRecognizer Recognizer = new();

    [Theory]
    [InlineData("第12项回头看：未反弹", 12, false, null)]
    [InlineData("第十二项回头看 没有反弹，已抽查3家机构", 12, false, "已抽查3家机构")]
    [InlineData("回头看第12项：反弹，原因：又出现违规收费", 12, true, "又出现违规收费")]
    [InlineData("第12项回头看：反弹回潮", 12, true, null)]
    [InlineData("follow-up 12: no recurrence", 12, false, null)]
    [InlineData("follow up on item 12: recurred, because 3 districts charge again", 12, true, "3 districts charge again")]
    [InlineData("follow-up 12: it came back", 12, true, null)]
    public void AFollowUpAnswerCarriesTheFindingTheAnswerAndTheNote(string text, int number, bool recurred, string? note)
    {
        Assert.Equal(new FollowUpIntent(number, recurred, note), Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Theory]
    [InlineData("第12项回头看")]
    [InlineData("follow-up 12")]
    public void NamingTheCheckWithoutAnAnswerAsksItAgain(string text)
    {
        Assert.Equal(new FollowUpIntent(12, null, null), Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Fact]
    public void AFindingOutsideTheLedgerIsOutOfRange()
    {
        Assert.IsType<NumberOutOfRangeIntent>(Recognizer.Recognize("第99项回头看：未反弹", AnnouncementFindings.Context).Intent);
    }
}
