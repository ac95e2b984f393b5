using Rectification.Domain.Import;

namespace Rectification.Tests.Import;

public sealed class AnnouncementParserToleranceTests
{
    private const string Ascii = ",:();";
    private const string FullWidth = "，：（）；";

    [Theory]
    [InlineData(Ascii, FullWidth)]
    [InlineData(FullWidth, Ascii)]
    public void Ascii_and_full_width_punctuation_give_the_same_findings(string from, string to)
    {
        var text = Translate(RealAnnouncement.Text, from, to);

        var parsed = AnnouncementParser.Parse(text, RealAnnouncement.DocumentName);

        Assert.Equal(Shape(RealAnnouncement.Parsed), Shape(parsed));
        Assert.Equal(RealAnnouncement.Parsed.Inspection, parsed.Inspection);
    }

    [Fact]
    public void Windows_line_ends_and_blank_lines_are_accepted_and_counted_in_line_numbers()
    {
        var text = "\uFEFF" + RealAnnouncement.Text.Replace("\n", "\r\n\r\n", StringComparison.Ordinal);

        var parsed = AnnouncementParser.Parse(text, RealAnnouncement.DocumentName);

        Assert.Equal(Shape(RealAnnouncement.Parsed), Shape(parsed));
        Assert.Equal(125, parsed.Findings[^1].LineNumber);
    }

    [Fact]
    public void Next_step_inside_a_measure_is_split_out_and_the_measure_keeps_the_rest()
    {
        var line = "一是完成了甲。下一步,将推进乙。并且完成了丙。二是完成了丁,以下步骤已完成。";
        var text = RealAnnouncement.WithLine(8, line);

        var finding = AnnouncementParser.Parse(text, RealAnnouncement.DocumentName).Findings[0];

        Assert.Equal(["完成了甲。并且完成了丙。", "完成了丁,以下步骤已完成。"], finding.Measures.Select(m => m.Text));
        Assert.Equal("下一步,将推进乙。", Assert.Single(finding.NextSteps));
    }

    private static List<string> Shape(ParsedAnnouncement announcement) =>
        [.. announcement.Findings.Select(f => $"{f.Number}:{f.Measures.Length}:{f.NextSteps.Length}:{f.Status}:{string.Join(',', f.Measures.Select(m => m.Status))}")];

    private static string Translate(string text, string from, string to)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = from.IndexOf(chars[i], StringComparison.Ordinal);
            chars[i] = at < 0 ? chars[i] : to[at];
        }

        return new string(chars);
    }
}
