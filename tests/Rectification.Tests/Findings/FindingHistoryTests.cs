using Rectification.Domain.Findings;

namespace Rectification.Tests.Findings;

public sealed class FindingHistoryTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Staff = new("staff-1", "李四", ProgressSource.Chat, "msteams");
    private static readonly ProgressAuthor Admin = new("admin-1", "王五", ProgressSource.Administration, "cli");

    [Fact]
    public void Each_change_appends_exactly_one_entry_and_bumps_the_version_leaving_earlier_entries_as_they_were()
    {
        var finding = ReferenceRound.Finding();
        var announced = finding.History.Single();
        var snapshot = (announced.Description, announced.FindingStatusAfter, announced.RecordedAtUtc);

        Func<ProgressEntry>[] changes =
        [
            () => finding.RecordMeasureProgress(1, MeasureStatus.InProgress, 40, "一是推进中", Staff, At),
            () => finding.RecordFindingProgress("召开专题会议", Staff, At.AddHours(1)),
            () => finding.AddMeasureFromReport("建立长效机制", MeasureStatus.NotStarted, null, null, Staff, At.AddHours(2)),
            () => finding.AssignResponsibility("综合处", "张三", new DateOnly(2024, 9, 30), Admin, At.AddHours(3)),
        ];
        foreach (var change in changes)
        {
            var count = finding.History.Count;
            var version = finding.Version;
            var entry = change();
            Assert.Equal(count + 1, finding.History.Count);
            Assert.Same(entry, finding.History[^1]);
            Assert.True(finding.Version > version);
        }

        Assert.Equal(snapshot, (announced.Description, announced.FindingStatusAfter, announced.RecordedAtUtc));
    }

    [Fact]
    public void A_measure_entry_records_who_when_where_and_the_status_and_percent_before_and_after()
    {
        var finding = ReferenceRound.Finding();
        finding.RecordMeasureProgress(1, MeasureStatus.InProgress, 40, "一是推进中", Staff, At);

        var entry = finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At.AddDays(1), new Evidence("会议纪要.pdf", "https://example.org/minutes"));

        Assert.Equal(ProgressEntryKind.Progress, entry.Kind);
        Assert.Equal(("staff-1", "李四", ProgressSource.Chat, "msteams"), (entry.AuthorId, entry.AuthorName, entry.Source, entry.Channel));
        Assert.Equal(At.AddDays(1), entry.RecordedAtUtc);
        Assert.Equal(1, entry.MeasureOrdinal);
        Assert.Equal((MeasureStatus.InProgress, MeasureStatus.Completed), (entry.MeasureStatusBefore!.Value, entry.MeasureStatusAfter!.Value));
        Assert.Equal((40, 100), (entry.PercentBefore!.Value, entry.PercentAfter!.Value));
        Assert.Equal((FindingStatus.InProgress, FindingStatus.InProgress), (entry.FindingStatusBefore, entry.FindingStatusAfter));
        Assert.Equal(("会议纪要.pdf", "https://example.org/minutes"), (entry.EvidenceName, entry.EvidenceUrl));
    }

    [Fact]
    public void Progress_on_the_finding_as_a_whole_names_no_measure_keeps_the_status_and_records_the_overall_percent()
    {
        var finding = ReferenceRound.Finding();
        finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At);
        finding.RecordMeasureProgress(2, MeasureStatus.InProgress, 50, "二是过半", Staff, At);

        var entry = finding.RecordFindingProgress("整体推进顺利", Staff, At.AddHours(1), new Evidence(null, "https://example.org/report"));

        Assert.Null(entry.MeasureOrdinal);
        Assert.Null(entry.MeasureStatusBefore);
        Assert.Equal(75, finding.PercentComplete);
        Assert.Equal((75, 75), (entry.PercentBefore!.Value, entry.PercentAfter!.Value));
        Assert.Equal((FindingStatus.InProgress, FindingStatus.InProgress), (entry.FindingStatusBefore, entry.FindingStatusAfter));
        Assert.Equal("https://example.org/report", entry.EvidenceUrl);
    }

    [Fact]
    public void A_reported_measure_is_numbered_after_the_last_and_takes_a_completed_finding_back_in_progress()
    {
        var finding = ReferenceRound.Finding(ReferenceRound.CompletedFinding);

        var entry = finding.AddMeasureFromReport("开展“回头看”", MeasureStatus.InProgress, 10, "新增措施：开展回头看", Staff, At);

        Assert.Equal(ProgressEntryKind.MeasureAdded, entry.Kind);
        Assert.Equal(3, entry.MeasureOrdinal);
        Assert.Null(entry.MeasureStatusBefore);
        Assert.Equal(MeasureStatus.InProgress, entry.MeasureStatusAfter);
        Assert.Equal(10, entry.PercentAfter);
        Assert.Equal((FindingStatus.Completed, FindingStatus.InProgress), (entry.FindingStatusBefore, entry.FindingStatusAfter));
        Assert.Equal("开展“回头看”", finding.FindMeasure(3)!.Text);
    }

    [Fact]
    public void A_reported_measure_without_a_description_is_described_by_its_text()
    {
        var finding = ReferenceRound.Finding();

        Assert.Equal("建立台账", finding.AddMeasureFromReport("建立台账", MeasureStatus.NotStarted, null, " ", Staff, At).Description);
    }

    [Fact]
    public void An_assignment_records_what_changed_from_what()
    {
        var finding = ReferenceRound.Finding();
        finding.AssignResponsibility("综合处", null, null, Admin, At);

        var entry = finding.AssignResponsibility("法规处", "张三", new DateOnly(2024, 9, 30), Admin, At.AddHours(1));

        Assert.Equal(ProgressEntryKind.Assignment, entry.Kind);
        Assert.Equal("责任部门：综合处 → 法规处；责任领导：- → 张三；完成时限：- → 2024-09-30", entry.Description);
        Assert.Equal(("法规处", "张三", (DateOnly?)new DateOnly(2024, 9, 30)), (finding.ResponsibleDepartment, finding.ResponsibleLeader, finding.Deadline!.Date));
        Assert.Equal(ProgressSource.Administration, entry.Source);
    }

    [Fact]
    public void An_empty_assignment_is_refused()
    {
        var finding = ReferenceRound.Finding();

        Assert.Throws<AssignmentEmptyException>(() => finding.AssignResponsibility(" ", null, null, Admin, At));
    }

    [Fact]
    public void Progress_on_a_measure_the_finding_does_not_have_is_refused_without_an_entry()
    {
        var finding = ReferenceRound.Finding();
        var count = finding.History.Count;

        var refusal = Assert.Throws<MeasureNotFoundException>(() => finding.RecordMeasureProgress(7, MeasureStatus.Completed, null, "x", Staff, At));

        Assert.Equal(2, refusal.MeasureCount);
        Assert.Equal(count, finding.History.Count);
    }
}
