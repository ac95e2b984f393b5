using Rectification.Domain.Import;

namespace Rectification.Tests.Import;

public sealed class AnnouncementParserMetadataTests
{
    private static ParsedInspection Inspection => RealAnnouncement.Parsed.Inspection;

    [Fact]
    public void Inspecting_group_is_read_from_the_opening_paragraph() =>
        Assert.Equal("市委第六巡察组", Inspection.InspectionGroup);

    [Fact]
    public void Inspected_organisation_is_read_without_its_parenthesised_aside() =>
        Assert.Equal("中共武汉市委金融委员会办公室", Inspection.InspectedOrganization);

    [Fact]
    public void Inspection_period_runs_from_13_July_to_31_August_2023()
    {
        Assert.Equal(new DateOnly(2023, 7, 13), Inspection.PeriodStart);
        Assert.Equal(new DateOnly(2023, 8, 31), Inspection.PeriodEnd);
    }

    [Fact]
    public void Feedback_date_is_16_October_2023() =>
        Assert.Equal(new DateOnly(2023, 10, 16), Inspection.FeedbackDate);

    [Fact]
    public void Announcement_date_comes_from_the_document_name() =>
        Assert.Equal(new DateOnly(2024, 6, 18), Inspection.AnnouncementDate);

    [Fact]
    public void Publisher_is_the_signing_organisation_on_the_last_lines() =>
        Assert.Equal("中共武汉市委金融委员会办公室(原中共武汉市地方金融工作局党组)", RealAnnouncement.Parsed.Publisher);

    [Theory]
    [InlineData("announcement-2024-06-18.txt")]
    [InlineData("data/announcement-2024-06-18.txt")]
    public void Document_name_may_carry_a_folder_and_an_extension(string documentName) =>
        Assert.Equal(new DateOnly(2024, 6, 18), AnnouncementParser.Parse(RealAnnouncement.Text, documentName).Inspection.AnnouncementDate);

    [Fact]
    public void Opening_period_may_omit_the_year_of_its_end()
    {
        var text = RealAnnouncement.WithLine(1, RealAnnouncement.Line(1).Replace("至2023年8月31日", "至8月31日", StringComparison.Ordinal));

        var inspection = AnnouncementParser.Parse(text, RealAnnouncement.DocumentName).Inspection;

        Assert.Equal(new DateOnly(2023, 8, 31), inspection.PeriodEnd);
    }
}
