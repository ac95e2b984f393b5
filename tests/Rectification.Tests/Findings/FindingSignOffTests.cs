using Rectification.Domain.Findings;

namespace Rectification.Tests.Findings;

public sealed class FindingSignOffTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Staff = new("staff-1", "李四", ProgressSource.Chat, "msteams");
    private static readonly ProgressAuthor Leader = new("leader-1", "张三", ProgressSource.Chat, "msteams");

    [Fact]
    public void Completing_every_measure_leaves_the_finding_awaiting_sign_off()
    {
        var finding = ReferenceRound.Finding();
        finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At);
        Assert.Equal(FindingStatus.InProgress, finding.Status);

        var last = finding.RecordMeasureProgress(2, MeasureStatus.Completed, null, "二是已完成", Staff, At.AddHours(1));

        Assert.Equal(FindingStatus.Completed, finding.Status);
        Assert.Equal(FindingStatus.InProgress, last.FindingStatusBefore);
        Assert.Equal(FindingStatus.Completed, last.FindingStatusAfter);
    }

    [Fact]
    public void A_leader_signs_a_completed_finding_off_and_it_is_closed()
    {
        var finding = ReferenceRound.BackCompletedWork(ReferenceRound.Finding(ReferenceRound.CompletedFinding), At);
        var entries = finding.History.Count;

        var signOff = finding.SignOff(Leader, At, "同意销号");

        Assert.Equal(FindingStatus.SignedOff, finding.Status);
        Assert.Equal(entries + 1, finding.History.Count);
        Assert.Equal(ProgressEntryKind.SignOff, signOff.Kind);
        Assert.Equal(FindingStatus.Completed, signOff.FindingStatusBefore);
        Assert.Equal(FindingStatus.SignedOff, signOff.FindingStatusAfter);
        Assert.Equal(100, signOff.PercentAfter);
        Assert.Equal("同意销号", signOff.Description);
        Assert.Equal("张三", signOff.AuthorName);
        Assert.Throws<FindingClosedException>(() => finding.RecordMeasureProgress(1, MeasureStatus.InProgress, 50, "反弹", Staff, At));
        Assert.Throws<FindingClosedException>(() => finding.RecordFindingProgress("补充材料", Staff, At));
        Assert.Throws<FindingClosedException>(() => finding.AddMeasureFromReport("新措施", MeasureStatus.InProgress, null, null, Staff, At));
    }

    [Fact]
    public void A_sign_off_without_a_note_is_described_as_销号()
    {
        var finding = ReferenceRound.BackCompletedWork(ReferenceRound.Finding(ReferenceRound.CompletedFinding), At);

        Assert.Equal(Finding.SignOffDescription, finding.SignOff(Leader, At).Description);
    }

    [Fact]
    public void Sign_off_of_a_finding_in_progress_is_refused_naming_the_open_measures()
    {
        var finding = ReferenceRound.Finding();
        finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At);
        var entries = finding.History.Count;
        var version = finding.Version;

        var refusal = Assert.Throws<FindingNotCompletedException>(() => finding.SignOff(Leader, At));

        Assert.Equal([2], refusal.OpenMeasureOrdinals);
        Assert.Equal(14, refusal.FindingNumber);
        Assert.IsAssignableFrom<FindingRuleException>(refusal);
        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Equal(entries, finding.History.Count);
        Assert.Equal(version, finding.Version);
    }

    [Fact]
    public void Signing_off_twice_is_refused()
    {
        var finding = ReferenceRound.BackCompletedWork(ReferenceRound.Finding(ReferenceRound.CompletedFinding), At);
        finding.SignOff(Leader, At);

        Assert.Throws<FindingAlreadySignedOffException>(() => finding.SignOff(Leader, At));
    }

    [Fact]
    public void Reopening_needs_a_reason()
    {
        var finding = ReferenceRound.BackCompletedWork(ReferenceRound.Finding(ReferenceRound.CompletedFinding), At);
        finding.SignOff(Leader, At);
        var entries = finding.History.Count;

        Assert.Throws<ReopenReasonRequiredException>(() => finding.Reopen(Leader, At, "  "));
        Assert.Equal(FindingStatus.SignedOff, finding.Status);
        Assert.Equal(entries, finding.History.Count);
    }

    [Fact]
    public void A_finding_in_progress_cannot_be_reopened()
    {
        var finding = ReferenceRound.Finding();

        Assert.Throws<FindingAlreadyOpenException>(() => finding.Reopen(Leader, At, "反弹回潮"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reopening_a_signed_off_or_completed_finding_puts_it_back_in_progress_keeping_its_measures(bool signOffFirst)
    {
        var finding = ReferenceRound.BackCompletedWork(ReferenceRound.Finding(ReferenceRound.CompletedFinding), At);
        if (signOffFirst)
        {
            finding.SignOff(Leader, At);
        }

        var before = finding.Status;
        var reopen = finding.Reopen(Leader, At.AddDays(30), "反弹回潮：再次出现违规");

        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Equal(ProgressEntryKind.Reopen, reopen.Kind);
        Assert.Equal(before, reopen.FindingStatusBefore);
        Assert.Equal(FindingStatus.InProgress, reopen.FindingStatusAfter);
        Assert.Equal("反弹回潮：再次出现违规", reopen.Description);
        Assert.All(finding.Measures, m => Assert.Equal(MeasureStatus.Completed, m.Status));
    }

    [Fact]
    public void A_reopened_finding_completes_again_once_its_new_work_is_done_and_can_be_signed_off_again()
    {
        var finding = ReferenceRound.BackCompletedWork(ReferenceRound.Finding(ReferenceRound.CompletedFinding), At);
        finding.SignOff(Leader, At);
        finding.Reopen(Leader, At.AddDays(1), "反弹回潮");

        finding.AddMeasureFromReport("开展专项复查", MeasureStatus.InProgress, 30, null, Staff, At.AddDays(2));
        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Throws<FindingNotCompletedException>(() => finding.SignOff(Leader, At.AddDays(3)));

        finding.RecordMeasureProgress(3, MeasureStatus.Completed, null, "复查完成", Staff, At.AddDays(4), new Evidence("复查报告", "https://example.org/review"));
        Assert.Equal(FindingStatus.Completed, finding.Status);
        finding.SignOff(Leader, At.AddDays(5));
        Assert.Equal(FindingStatus.SignedOff, finding.Status);
    }
}
