using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Supervision;

namespace Rectification.Tests.Supervision;

/// <summary>督办留痕: the aggregate records each change of colour once, and the records are not taken for work.</summary>
public sealed class FindingSupervisionTests
{
    private static readonly DateTime At = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

    private static readonly ProgressAuthor Admin = new("admin", "王管理", ProgressSource.Administration);

    [Fact]
    public void EachColourIsRecordedOnceAndARiseIsRecordedAgain()
    {
        var finding = OpenFinding();

        Assert.NotNull(finding.RecordSupervision(Standing(SupervisionColour.Yellow, -2), SupervisionRecorder.Author, At));
        Assert.Null(finding.RecordSupervision(Standing(SupervisionColour.Yellow, -3), SupervisionRecorder.Author, At.AddDays(1)));
        var red = finding.RecordSupervision(Standing(SupervisionColour.Red, -11), SupervisionRecorder.Author, At.AddDays(9));

        Assert.NotNull(red);
        Assert.Equal((ProgressEntryKind.SupervisionChange, SupervisionColour.Red, "列入红色督办：已逾期 11 个工作日"), (red.Kind, red.SupervisionColour, red.Description));
        Assert.Equal(SupervisionColour.Red, finding.RecordedSupervisionColour());
        Assert.Equal(2, finding.History.Count(e => e.IsSupervisionRecord));
    }

    [Fact]
    public void NoColourAndNoOpenWorkRecordNothing()
    {
        var finding = OpenFinding();

        Assert.Null(finding.RecordSupervision(SupervisionStanding.Unsupervised, SupervisionRecorder.Author, At));
        Assert.DoesNotContain(finding.History, e => e.IsSupervisionRecord);
    }

    [Fact]
    public void TheSameColourIsRecordedAgainAfterANewDeadline()
    {
        var finding = OpenFinding();
        finding.RecordSupervision(Standing(SupervisionColour.Yellow, -1), SupervisionRecorder.Author, At);
        finding.AssignResponsibility(null, null, new DateOnly(2026, 12, 1), Admin, At.AddHours(1));

        Assert.NotNull(finding.RecordSupervision(Standing(SupervisionColour.Yellow, -1), SupervisionRecorder.Author, At.AddDays(3)));
    }

    [Fact]
    public void TheLaddersRecordsAreNotTheLastUpdate()
    {
        var finding = OpenFinding();
        var work = finding.LastEntry;
        var record = finding.RecordSupervision(Standing(SupervisionColour.Blue, 2), SupervisionRecorder.Author, At.AddDays(1))!;

        Assert.Same(work, finding.LastEntry);
        Assert.Equal("列入蓝色督办：距时限还有 2 个工作日", record.Description);
    }

    private static SupervisionStanding Standing(SupervisionColour colour, int left) => new(colour, new DateOnly(2026, 11, 20), left, Reopened: false);

    private static Finding OpenFinding()
    {
        var inspection = new Inspection("市委第六巡察组", "市金融局", new(2025, 7, 13), new(2025, 8, 31), new(2025, 10, 16), new(2026, 6, 18));
        var finding = inspection.AddFinding(1, "金融风险防控工作机制不健全");
        finding.AddMeasure("建立风险台账", MeasureStatus.InProgress);
        finding.RecordAnnounced(ProgressAuthor.Announcement("市金融局"), At.AddDays(-30), "公告");
        return finding;
    }
}
