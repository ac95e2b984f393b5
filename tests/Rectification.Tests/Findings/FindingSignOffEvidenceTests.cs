using Rectification.Domain.Findings;

namespace Rectification.Tests.Findings;

/// <summary>Sign-off (销号) is evidence-gated: every completed measure and next step is backed, or the leader says why not.</summary>
public sealed class FindingSignOffEvidenceTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Staff = new("staff-1", "李四", ProgressSource.Chat, "msteams");
    private static readonly ProgressAuthor Leader = new("leader-1", "张三", ProgressSource.Chat, "msteams");

    [Fact]
    public void ASignOffWithoutEvidenceIsRefusedNamingEachCompletedMeasureAndChangesNothing()
    {
        var finding = ReferenceRound.Finding(ReferenceRound.CompletedFinding);
        var entries = finding.History.Count;

        var refusal = Assert.Throws<SignOffEvidenceMissingException>(() => finding.SignOff(Leader, At));

        Assert.Equal(ReferenceRound.CompletedFinding, refusal.FindingNumber);
        Assert.Equal([(1, "第3项一是措施"), (2, "第3项二是措施")], refusal.Missing.Select(w => (w.MeasureOrdinal ?? 0, w.Text)));
        Assert.Equal((FindingStatus.Completed, entries), (finding.Status, finding.History.Count));
    }

    [Fact]
    public void EvidenceAddedLaterToAnAnnouncedMeasureBacksThatMeasureOnly()
    {
        var finding = ReferenceRound.Finding(ReferenceRound.CompletedFinding);

        finding.AddEvidence(2, new Evidence("会议纪要", "https://example.org/minutes"), Staff, At);

        Assert.Equal([1], finding.CompletedWorkWithoutEvidence().Select(w => w.MeasureOrdinal ?? 0));
        Assert.Equal(2, finding.EvidenceOfWork().Single().MeasureOrdinal);
    }

    [Fact]
    public void EvidenceReportedWithTheCompletionBacksTheMeasure()
    {
        var finding = ReferenceRound.Finding();
        finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At, new Evidence(null, "https://example.org/1"));
        finding.RecordMeasureProgress(2, MeasureStatus.Completed, null, "二是已完成", Staff, At.AddHours(1), new Evidence("整改报告.pdf", null));

        var signOff = finding.SignOff(Leader, At.AddHours(2));

        Assert.Equal((FindingStatus.SignedOff, Finding.SignOffDescription), (finding.Status, signOff.Description));
    }

    [Fact]
    public void AnOverrideWithAReasonSignsOffAndRecordsTheReason()
    {
        var finding = ReferenceRound.Finding(ReferenceRound.CompletedFinding);

        var signOff = finding.SignOff(Leader, At, withoutEvidenceReason: "  已现场核实  ");

        Assert.Equal(FindingStatus.SignedOff, finding.Status);
        Assert.Equal(Finding.SignOffWithoutEvidencePrefix + "已现场核实", signOff.Description);
    }

    [Fact]
    public void AnOverrideWithoutAReasonIsRefused()
    {
        var finding = ReferenceRound.Finding(ReferenceRound.CompletedFinding);

        Assert.Equal(ReferenceRound.CompletedFinding, Assert.Throws<SignOffReasonRequiredException>(() => finding.SignOff(Leader, At, withoutEvidenceReason: " ")).FindingNumber);
        Assert.Equal(FindingStatus.Completed, finding.Status);
    }

    [Fact]
    public void ACompletedNextStepWithoutEvidenceIsListedAfterTheMeasures()
    {
        var finding = ReferenceRound.Finding();
        finding.AddNextStep("依法依规加快事业单位班子组建工作。");
        finding.ApplyAnnouncementStatus();
        finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At, new Evidence(null, "https://example.org/1"));
        finding.RecordMeasureProgress(2, MeasureStatus.Completed, null, "二是已完成", Staff, At, new Evidence(null, "https://example.org/2"));
        finding.RecordNextStepProgress(1, MeasureStatus.Completed, null, "班子已组建", Staff, At);

        var refusal = Assert.Throws<SignOffEvidenceMissingException>(() => finding.SignOff(Leader, At.AddHours(1)));

        var missing = Assert.Single(refusal.Missing);
        Assert.Equal(((int?)null, (int?)1, "依法依规加快事业单位班子组建工作。"), (missing.MeasureOrdinal, missing.NextStepOrdinal, missing.Text));
    }
}
