using Rectification.Bot.Conversation.Reporting;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>The progress dialog's short answers, as people type them on a phone keyboard in either language.</summary>
public sealed class ReportAnswerParserTests
{
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
