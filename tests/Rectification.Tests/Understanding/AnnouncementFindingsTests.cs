namespace Rectification.Tests.Understanding;

public class AnnouncementFindingsTests
{
    [Fact]
    public void The_test_catalog_holds_all_29_findings_in_order_with_their_titles_and_details()
    {
        var findings = AnnouncementFindings.All;

        Assert.Equal(Enumerable.Range(1, 29), findings.Select(f => f.Number));
        Assert.StartsWith("金融发展促进中心组建有名无实", findings[13].Title, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.NotEmpty(f.Details));
    }
}
