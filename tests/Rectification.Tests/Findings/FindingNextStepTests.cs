using Rectification.Domain.Findings;

namespace Rectification.Tests.Findings;

/// <summary>Next steps (下一步) are planned work: reported like measures, and a finding is complete only when they are done too.</summary>
public sealed class FindingNextStepTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Staff = new("staff-1", "李四", ProgressSource.Chat, "msteams");
    private static readonly ProgressAuthor Leader = new("leader-1", "张三", ProgressSource.Chat, "msteams");

    private static Finding WithNextStep()
    {
        var finding = ReferenceRound.Finding();
        finding.AddNextStep("依法依规加快事业单位班子组建工作。");
        finding.ApplyAnnouncementStatus();
        return finding;
    }

    [Fact]
    public void AnAnnouncedNextStepIsPlannedWorkNotStarted()
    {
        var step = WithNextStep().FindNextStep(1)!;

        Assert.Equal((MeasureStatus.NotStarted, (int?)null), (step.Status, step.PercentComplete));
    }

    [Fact]
    public void AFindingWhoseMeasuresAreDoneStaysInProgressWhileANextStepIsOpen()
    {
        var finding = WithNextStep();
        finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At);

        var last = finding.RecordMeasureProgress(2, MeasureStatus.Completed, null, "二是已完成", Staff, At.AddHours(1));

        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Equal(FindingStatus.InProgress, last.FindingStatusAfter);
        var refused = Assert.Throws<FindingNotCompletedException>(() => finding.SignOff(Leader, At.AddHours(2)));
        Assert.Equal([], refused.OpenMeasureOrdinals);
        Assert.Equal([1], refused.OpenNextStepOrdinals);
    }

    [Fact]
    public void CompletingTheLastNextStepLeavesTheFindingAwaitingSignOff()
    {
        var finding = WithNextStep();
        finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At);
        finding.RecordMeasureProgress(2, MeasureStatus.Completed, null, "二是已完成", Staff, At);
        var midway = finding.RecordNextStepProgress(1, MeasureStatus.InProgress, 60, "已报送组建方案", Staff, At.AddHours(1));
        Assert.Equal(FindingStatus.InProgress, finding.Status);

        var done = finding.RecordNextStepProgress(1, MeasureStatus.Completed, null, "班子已组建", Staff, At.AddHours(2));

        Assert.Equal(FindingStatus.Completed, finding.Status);
        Assert.Equal((1, (int?)null, MeasureStatus.NotStarted, MeasureStatus.InProgress, 60), (midway.NextStepOrdinal, midway.MeasureOrdinal, midway.MeasureStatusBefore!.Value, midway.MeasureStatusAfter!.Value, midway.PercentAfter!.Value));
        Assert.Equal((FindingStatus.InProgress, FindingStatus.Completed, 100), (done.FindingStatusBefore, done.FindingStatusAfter, done.PercentAfter!.Value));
        Assert.Equal((MeasureStatus.Completed, (int?)100), (finding.FindNextStep(1)!.Status, finding.FindNextStep(1)!.PercentComplete));
    }

    [Fact]
    public void ANextStepTheFindingLacksIsRefusedAndNothingChanges()
    {
        var finding = WithNextStep();
        var entries = finding.History.Count;

        var refused = Assert.Throws<NextStepNotFoundException>(() => finding.RecordNextStepProgress(2, MeasureStatus.Completed, null, "x", Staff, At));

        Assert.Equal((2, 1), (refused.StepOrdinal, refused.StepCount));
        Assert.Equal(entries, finding.History.Count);
    }

    [Fact]
    public async Task ACorrectionOfANextStepEntryPutsTheNextStepBackAndTheFindingFollows()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(14, f => f.AddNextStep("依法依规加快事业单位班子组建工作。"));
        await ledger.ChangeFindingAsync(14, f => f.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At));
        await ledger.ChangeFindingAsync(14, f => f.RecordMeasureProgress(2, MeasureStatus.Completed, null, "二是已完成", Staff, At));
        await ledger.ChangeFindingAsync(14, f => f.RecordNextStepProgress(1, MeasureStatus.Completed, null, "班子已组建", Staff, At.AddHours(1)));
        var wrong = (await ledger.ReadFindingAsync(14)).History.Single(e => e.NextStepOrdinal == 1);
        Assert.Equal(FindingStatus.Completed, (await ledger.ReadFindingAsync(14)).Status);

        await ledger.ChangeFindingAsync(14, f => f.Correct(wrong.Id, "班子尚在考察", Staff, At.AddHours(2), new MeasureCorrection(MeasureStatus.InProgress, 70)));

        var finding = await ledger.ReadFindingAsync(14);
        var correction = finding.History.Single(e => e.Kind == ProgressEntryKind.Correction);
        Assert.Equal((1, (long?)wrong.Id), (correction.NextStepOrdinal!.Value, correction.SupersedesEntryId));
        Assert.Equal((MeasureStatus.Completed, MeasureStatus.InProgress), (correction.MeasureStatusBefore!.Value, correction.MeasureStatusAfter!.Value));
        Assert.Equal((MeasureStatus.InProgress, (int?)70), (finding.FindNextStep(1)!.Status, finding.FindNextStep(1)!.PercentComplete));
        Assert.Equal(FindingStatus.InProgress, finding.Status);
    }
}
