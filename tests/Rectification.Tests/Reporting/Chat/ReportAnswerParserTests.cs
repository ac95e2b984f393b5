using Rectification.Bot.Conversation.Reporting;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>The progress dialog's short answers, as people type them on a phone keyboard in either language.</summary>
public sealed class ReportAnswerParserTests
{
    [Theory]
    [InlineData("推进中 60%", MeasureStatus.InProgress, 60)]
    [InlineData("推进中 ６０％", MeasureStatus.InProgress, 60)]
    [InlineData("百分之八十", MeasureStatus.InProgress, 80)]
    [InlineData("推进中，百分之六十", MeasureStatus.InProgress, 60)]
    [InlineData("80", MeasureStatus.InProgress, 80)]
    [InlineData("１００", MeasureStatus.Completed, 100)]
    [InlineData("已完成！", MeasureStatus.Completed, 100)]
    [InlineData("not started", MeasureStatus.NotStarted, null)]
    [InlineData("0%", MeasureStatus.NotStarted, 0)]
    public void StatusAnswersAreReadWithFullWidthDigitsToo(string answer, MeasureStatus? status, int? percent)
    {
        var read = ReportAnswerParser.Status(answer);

        Assert.Equal((status, percent, false), read);
    }

    [Theory]
    [InlineData("未开始 60%")]
    [InlineData("not started 30%")]
    public void ANotStartedMeasureWithProgressIsNotTakenAsEitherAndIsAskedAgain(string answer)
    {
        Assert.Equal((null, null, false), ReportAnswerParser.Status(answer));
    }

    [Fact]
    public void APercentageOverAHundredIsReportedAsOutOfRange()
    {
        Assert.True(ReportAnswerParser.Status("120%").PercentOutOfRange);
    }

    [Theory]
    [InlineData("１４", 14)]
    [InlineData("第十四项", 14)]
    [InlineData("item 14", 14)]
    public void FindingAnswersAcceptFullWidthDigits(string answer, int number)
    {
        Assert.Equal(number, ReportAnswerParser.FindingNumber(answer));
    }

    [Theory]
    [InlineData("３", 3)]
    [InlineData("第三条", 3)]
    public void MeasureAnswersAcceptFullWidthDigits(string answer, int ordinal)
    {
        Assert.Equal(ordinal, ReportAnswerParser.MeasureOrdinal(answer));
    }
}
