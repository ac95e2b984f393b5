using Rectification.Domain.Progress;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Understanding;

/// <summary>The one understanding of statuses and percentages, as office staff write them in either language.</summary>
public sealed class ProgressStatementReaderTests
{
    public static TheoryData<string, MeasureStatus?, int?, string> Statements => new()
    {
        // Done, however it is said
        { "10月份又办了两场投融资路演，完成了", MeasureStatus.Completed, 100, "10月份又办了两场投融资路演" },
        { "已经全部完成", MeasureStatus.Completed, 100, "" },
        { "做完了", MeasureStatus.Completed, 100, "" },
        { "已完成", MeasureStatus.Completed, 100, "" },
        { "目前已全部完成。", MeasureStatus.Completed, 100, "" },
        { "该措施已办结", MeasureStatus.Completed, 100, "" },
        { "整改到位", MeasureStatus.Completed, 100, "" },
        { "搞定了", MeasureStatus.Completed, 100, "" },
        { "held two roadshows in October, done", MeasureStatus.Completed, 100, "held two roadshows in October" },
        { "all done", MeasureStatus.Completed, 100, "" },
        { "Completed.", MeasureStatus.Completed, 100, "" },
        { "finished", MeasureStatus.Completed, 100, "" },
        { "已完成 100% 10月份又办了两场路演", MeasureStatus.Completed, 100, "10月份又办了两场路演" },
        { "100%", MeasureStatus.Completed, 100, "" },

        // In progress, partly done, with a percentage or without
        { "推进中 60%", MeasureStatus.InProgress, 60, "" },
        { "推进中 ６０％", MeasureStatus.InProgress, 60, "" },
        { "完成80%", MeasureStatus.InProgress, 80, "" },
        { "已完成60%", MeasureStatus.InProgress, 60, "" },
        { "完成了百分之八十", MeasureStatus.InProgress, 80, "" },
        { "百分之八十", MeasureStatus.InProgress, 80, "" },
        { "进度约70%左右", MeasureStatus.InProgress, 70, "" },
        { "基本完成", MeasureStatus.InProgress, null, "" },
        { "完成一半", MeasureStatus.InProgress, 50, "" },
        { "部分完成，还差两场培训", MeasureStatus.InProgress, null, "还差两场培训" },
        { "正在推进", MeasureStatus.InProgress, null, "" },
        { "80% done", MeasureStatus.InProgress, 80, "" },
        { "about 80 percent complete", MeasureStatus.InProgress, 80, "" },
        { "in progress, 40%", MeasureStatus.InProgress, 40, "" },
        { "drafted the rules 30%", MeasureStatus.InProgress, 30, "drafted the rules" },
        { "in progress 20%", MeasureStatus.InProgress, 20, "" },
        { "partly done", MeasureStatus.InProgress, null, "" },
        { "still ongoing", MeasureStatus.InProgress, null, "" },

        // Negation
        { "还没完成", MeasureStatus.InProgress, null, "" },
        { "没有完成，下周继续", MeasureStatus.InProgress, null, "下周继续" },
        { "尚未完成 60%", MeasureStatus.InProgress, 60, "" },
        { "not done yet", MeasureStatus.InProgress, null, "" },
        { "not yet", MeasureStatus.InProgress, null, "" },
        { "isn't finished", MeasureStatus.InProgress, null, "" },
        { "还没开始", MeasureStatus.NotStarted, null, "" },
        { "尚未启动", MeasureStatus.NotStarted, null, "" },
        { "not started", MeasureStatus.NotStarted, null, "" },
        { "haven't started yet", MeasureStatus.NotStarted, null, "" },
        { "0%", MeasureStatus.NotStarted, 0, "" },
        { "0% done", MeasureStatus.NotStarted, 0, "" },
        { "完成0%", MeasureStatus.NotStarted, 0, "" },

        // Nothing stated: a description is kept whole
        { "已完成班子组建", null, null, "已完成班子组建" },
        { "完成了两场路演的筹备", null, null, "完成了两场路演的筹备" },
        { "召开了专题会议", null, null, "召开了专题会议" },
        { "met the banks about the donedeal file", null, null, "met the banks about the donedeal file" },
        { "纪要见 https://example.org/done，", null, null, "纪要见 https://example.org/done" },
        { "现在", null, null, "现在" },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void StatusPercentageAndRestAreReadFromTheText(string text, MeasureStatus? status, int? percent, string rest)
    {
        var statement = ProgressStatementReader.Read(text);

        Assert.Equal((status, percent, rest, ProgressStatementProblem.None), (statement.Status, statement.Percent, statement.Rest, statement.Problem));
    }

    [Theory]
    [InlineData("未开始 60%", ProgressStatementProblem.Contradictory)]
    [InlineData("not started, 30%", ProgressStatementProblem.Contradictory)]
    [InlineData("已完成，推进中", ProgressStatementProblem.Contradictory)]
    [InlineData("完成了，80%", ProgressStatementProblem.Contradictory)]
    [InlineData("60%，80%", ProgressStatementProblem.TwoPercentages)]
    [InlineData("120%", ProgressStatementProblem.PercentOutOfRange)]
    public void StatementsThatDisagreeOrCannotBeTrueAreProblemsWithoutAStatus(string text, ProgressStatementProblem problem)
    {
        var statement = ProgressStatementReader.Read(text);

        Assert.Equal((null, null, problem), (statement.Status, statement.Percent, statement.Problem));
    }

    [Theory]
    [InlineData("oops, actually it's 95%", 95)]
    [InlineData("不对，应该是80%", 80)]
    [InlineData("sorry, 70%", 70)]
    public void ACorrectionIsMarkedAndLeavesNoDescription(string text, int percent)
    {
        var statement = ProgressStatementReader.Read(text);

        Assert.Equal((MeasureStatus.InProgress, percent, string.Empty, true), (statement.Status, statement.Percent, statement.Rest, statement.IsCorrection));
    }

    [Theory]
    [InlineData("60", MeasureStatus.InProgress, 60)]
    [InlineData("１００", MeasureStatus.Completed, 100)]
    [InlineData("八十", MeasureStatus.InProgress, 80)]
    [InlineData("已完成！", MeasureStatus.Completed, 100)]
    [InlineData("推进中，百分之六十", MeasureStatus.InProgress, 60)]
    public void AnAnswerToTheStatusQuestionMayBeABareNumber(string answer, MeasureStatus status, int percent)
    {
        var statement = ProgressStatementReader.ReadAnswer(answer);

        Assert.Equal((status, (int?)percent), (statement.Status, statement.Percent));
    }

    [Theory]
    [InlineData("oops, actually it's 95% and we held a meeting")]
    [InlineData("召开了专题会议")]
    [InlineData("maybe")]
    public void AnAnswerWithOtherWordsIsNotTakenAsAStatus(string answer)
    {
        Assert.Null(ProgressStatementReader.ReadAnswer(answer).Status);
    }
}
