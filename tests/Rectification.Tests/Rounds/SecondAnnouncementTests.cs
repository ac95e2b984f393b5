using Rectification.Tests.Import;

namespace Rectification.Tests.Rounds;

/// <summary>The test's second announcement reads as an announcement of its own round.</summary>
public sealed class SecondAnnouncementTests
{
    [Fact]
    public void TheSecondAnnouncementIsAnEarlierRoundByAnotherGroupWithThreeFindings()
    {
        var parsed = SecondAnnouncement.Parsed();

        Assert.Equal(SecondAnnouncement.Group, parsed.Inspection.InspectionGroup);
        Assert.Equal(new DateOnly(2021, 6, 10), parsed.Inspection.FeedbackDate);
        Assert.Equal(new DateOnly(2022, 1, 20), parsed.Inspection.AnnouncementDate);
        Assert.Equal([1, 2, 3], parsed.Findings.Select(f => f.Number));
        Assert.Contains(SecondAnnouncement.FirstFindingWords, parsed.Findings[0].Title, StringComparison.Ordinal);
        Assert.Equal(RealAnnouncement.Parsed.Inspection.InspectedOrganization, parsed.Inspection.InspectedOrganization);
    }
}
