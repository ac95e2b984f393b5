using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.Supervision;
using Rectification.Tests.Understanding;

namespace Rectification.Tests.Supervision;

/// <summary>Which messages are questions about the ladder, and which mention 逾期 without asking anything.</summary>
public sealed class SupervisionRecognitionTests
{
    private static readonly MessageRecognizer Recognizer = new();

    [Theory]
    [InlineData("哪些问题逾期了", SupervisionFilter.Overdue)]
    [InlineData("逾期的问题有哪些", SupervisionFilter.Overdue)]
    [InlineData("有没有超期的问题", SupervisionFilter.Overdue)]
    [InlineData("which items are overdue?", SupervisionFilter.Overdue)]
    [InlineData("list the findings past their deadline", SupervisionFilter.Overdue)]
    [InlineData("is anything overdue", SupervisionFilter.Overdue)]
    [InlineData("督办清单", SupervisionFilter.Ladder)]
    [InlineData("看看三色督办情况", SupervisionFilter.Ladder)]
    [InlineData("overdue list", SupervisionFilter.Ladder)]
    [InlineData("/supervision", SupervisionFilter.Ladder)]
    [InlineData("黄色督办有哪些", SupervisionFilter.Yellow)]
    [InlineData("blue items", SupervisionFilter.Blue)]
    [InlineData("what is due soon", SupervisionFilter.Blue)]
    public void ALadderQuestionIsRecognizedWithItsFilter(string text, SupervisionFilter filter)
    {
        var intent = Assert.IsType<SupervisionListIntent>(Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
        Assert.Equal(filter, intent.Filter);
    }

    [Theory]
    [InlineData("10个工作日内到期的问题", 10)]
    [InlineData("近两个工作日要到期的", 2)]
    [InlineData("due within 3 working days", 3)]
    [InlineData("which items are due in the next seven business days", 7)]
    public void DueWithinNWorkingDaysCarriesTheNumber(string text, int days)
    {
        Assert.Equal(new SupervisionListIntent(SupervisionFilter.DueWithin, days), Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Theory]
    [InlineData("因审批延误逾期两周，现已完成")]
    [InlineData("the roadshow was late because of the holiday")]
    [InlineData("第十三项逾期了吗")]
    [InlineData("更新13.1：逾期原因已说明，推进中")]
    public void AMessageThatMentionsBeingLateWithoutAskingForTheListIsNotALadderQuestion(string text)
    {
        Assert.IsNotType<SupervisionListIntent>(Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Theory]
    [InlineData("which items are open", FindingListFilter.Open)]
    [InlineData("列出所有问题", FindingListFilter.All)]
    public void ListQuestionsWithoutLadderWordsStayListQuestions(string text, FindingListFilter filter)
    {
        Assert.Equal(new ListFindingsIntent(filter), Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }
}
