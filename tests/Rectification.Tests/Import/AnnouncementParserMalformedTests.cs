using Rectification.Domain.Import;

namespace Rectification.Tests.Import;

public sealed class AnnouncementParserMalformedTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\u3000\n")]
    public void Empty_document_is_rejected_at_line_1(string text)
    {
        var error = Reject(text);

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("expected the opening paragraph", error.Message, StringComparison.Ordinal);
        Assert.Contains("found an empty document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_paragraph_without_feedback_date_is_rejected_at_line_1()
    {
        var error = Reject(RealAnnouncement.WithLine(1, "按照市委巡察工作统一部署,2023年7月13日至2023年8月31日,市委第六巡察组对市金融局进行了巡察。"));

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("the feedback date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_finding_heading_is_rejected_at_its_line_saying_what_was_expected()
    {
        var error = Reject(RealAnnouncement.WithLine(13, "4、推动做多做强金融主体有差距"));

        Assert.Equal(13, error.LineNumber);
        Assert.StartsWith("line 13: expected a finding heading like `4.关于“…”的问题`, found `4、推动做多做强金融主体有差距`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_in_numbering_is_rejected_at_the_heading_after_the_gap()
    {
        var error = Reject(RealAnnouncement.WithLine(15, RealAnnouncement.Line(15).Replace("5.关于", "6.关于", StringComparison.Ordinal)));

        Assert.Equal(15, error.LineNumber);
        Assert.Contains("expected finding 5, found finding 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicated_number_is_rejected_at_the_second_heading_naming_the_first()
    {
        var error = Reject(RealAnnouncement.WithLine(17, RealAnnouncement.Line(17).Replace("6.关于", "5.关于", StringComparison.Ordinal)));

        Assert.Equal(17, error.LineNumber);
        Assert.Contains("expected finding 6, found finding 5 again (it is already at line 15)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_section_二_is_rejected_at_the_first_finding_heading()
    {
        var error = Reject(RealAnnouncement.WithoutLines(6));

        Assert.Equal(6, error.LineNumber);
        Assert.Contains("expected the section heading `二、整改进展情况及成效` before this line, found `1.关于", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_二_without_findings_is_rejected_at_the_next_section()
    {
        var error = Reject(RealAnnouncement.WithoutLines([.. Enumerable.Range(7, 58)]));

        Assert.Equal(7, error.LineNumber);
        Assert.Contains("expected the first finding, like `1.关于“…”的问题`, found `三、推进巡察整改工作打算`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_section_三_is_rejected_at_its_last_line()
    {
        var error = Reject(RealAnnouncement.WithoutLines([.. Enumerable.Range(65, 8)]));

        Assert.Equal(64, error.LineNumber);
        Assert.Contains("expected a section heading like `三、推进巡察整改工作打算` after the findings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_without_measures_is_rejected_at_the_line_where_they_were_expected()
    {
        var error = Reject(RealAnnouncement.WithoutLines(14));

        Assert.Equal(14, error.LineNumber);
        Assert.Contains("expected the measures reported for finding 4, found `5.关于", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_markers_out_of_order_are_rejected()
    {
        var error = Reject(RealAnnouncement.WithLine(8, RealAnnouncement.Line(8).Replace("二是", "三是", StringComparison.Ordinal)));

        Assert.Equal(8, error.LineNumber);
        Assert.Contains("expected measure marker 二是 next in finding 1, found 三是", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_measures_not_starting_with_一是_are_rejected()
    {
        var error = Reject(RealAnnouncement.WithLine(8, RealAnnouncement.Line(8).Replace("一是", string.Empty, StringComparison.Ordinal)));

        Assert.Equal(8, error.LineNumber);
        Assert.Contains("to start with 一是", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_publisher_is_rejected_at_the_last_line()
    {
        var error = Reject(RealAnnouncement.WithoutLines(70, 71, 72));

        Assert.Equal(69, error.LineNumber);
        Assert.Contains("expected the publishing organisation's name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Signed_date_disagreeing_with_the_document_name_is_rejected()
    {
        var error = Assert.Throws<AnnouncementFormatException>(() => AnnouncementParser.Parse(RealAnnouncement.Text, "announcement-2024-06-19"));

        Assert.Equal(72, error.LineNumber);
        Assert.Contains("expected the document to be signed on 2024年6月19日 as its name says, found `2024年6月18日`", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.txt")]
    [InlineData("announcement-2024-02-30")]
    [InlineData("announcement-18-06-2024")]
    public void Document_name_without_a_real_date_is_rejected_without_a_line(string documentName)
    {
        var error = Assert.Throws<AnnouncementFormatException>(() => AnnouncementParser.Parse(RealAnnouncement.Text, documentName));

        Assert.Equal(0, error.LineNumber);
        Assert.StartsWith("document name: expected `announcement-YYYY-MM-DD`", error.Message, StringComparison.Ordinal);
    }

    private static AnnouncementFormatException Reject(string text) =>
        Assert.Throws<AnnouncementFormatException>(() => AnnouncementParser.Parse(text, RealAnnouncement.DocumentName));
}
