using Rectification.Domain.Findings;

namespace Rectification.Tests.Findings;

public sealed class FindingCorrectionTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Staff = new("staff-1", "李四", ProgressSource.Chat, "msteams");
    private static readonly ProgressAuthor Admin = new("admin-1", "王五", ProgressSource.Administration, "msteams");
    private static readonly ProgressAuthor Leader = new("leader-1", "张三", ProgressSource.Chat, "msteams");

    [Fact]
    public async Task A_correction_is_a_new_entry_that_supersedes_the_old_one_which_stays_as_it_was()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(14, f => f.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At, new Evidence("纪要.pdf", null)));
        var wrongId = (await ledger.ReadFindingAsync(14)).History.Single(e => e.Kind == ProgressEntryKind.Progress).Id;

        await ledger.ChangeFindingAsync(14, f => f.Correct(wrongId, "更正：一是完成八成", Admin, At.AddHours(2), new MeasureCorrection(MeasureStatus.InProgress, 80)));

        var finding = await ledger.ReadFindingAsync(14);
        var original = finding.History.Single(e => e.Id == wrongId);
        Assert.Equal(("一是已完成", MeasureStatus.Completed, 100), (original.Description, original.MeasureStatusAfter!.Value, original.PercentAfter!.Value));
        Assert.Null(original.SupersedesEntryId);

        var correction = finding.History.Single(e => e.Kind == ProgressEntryKind.Correction);
        Assert.Equal(wrongId, correction.SupersedesEntryId);
        Assert.Equal(1, correction.MeasureOrdinal);
        Assert.Equal((MeasureStatus.Completed, MeasureStatus.InProgress), (correction.MeasureStatusBefore!.Value, correction.MeasureStatusAfter!.Value));
        Assert.Equal((100, 80), (correction.PercentBefore!.Value, correction.PercentAfter!.Value));
        Assert.Equal(("王五", ProgressSource.Administration), (correction.AuthorName, correction.Source));
        Assert.Equal("纪要.pdf", correction.EvidenceName);
        Assert.Equal((MeasureStatus.InProgress, 80), (finding.FindMeasure(1)!.Status, finding.FindMeasure(1)!.PercentComplete!.Value));

        Assert.Same(correction, finding.SupersedingEntry(wrongId));
        Assert.DoesNotContain(finding.CurrentHistory(), e => e.Id == wrongId);
        Assert.Contains(correction, finding.CurrentHistory());
    }

    [Fact]
    public async Task A_correction_that_completes_the_last_measure_completes_the_finding()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(14, f =>
        {
            f.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是已完成", Staff, At);
            f.RecordMeasureProgress(2, MeasureStatus.InProgress, 90, "二是九成（误报，实已完成）", Staff, At);
        });
        var wrong = (await ledger.ReadFindingAsync(14)).History.Single(e => e.MeasureOrdinal == 2);

        await ledger.ChangeFindingAsync(14, f => f.Correct(wrong.Id, "更正：二是已完成", Admin, At.AddHours(1), new MeasureCorrection(MeasureStatus.Completed, null)));

        var finding = await ledger.ReadFindingAsync(14);
        Assert.Equal(FindingStatus.Completed, finding.Status);
        var correction = finding.History.Single(e => e.Kind == ProgressEntryKind.Correction);
        Assert.Equal((FindingStatus.InProgress, FindingStatus.Completed), (correction.FindingStatusBefore, correction.FindingStatusAfter));
    }

    [Fact]
    public async Task Only_the_newest_entry_of_a_chain_can_be_corrected()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(14, f => f.RecordFindingProgress("召开会议", Staff, At));
        var first = (await ledger.ReadFindingAsync(14)).History.Single(e => e.Kind == ProgressEntryKind.Progress).Id;
        await ledger.ChangeFindingAsync(14, f => f.Correct(first, "召开党组会议", Admin, At.AddHours(1)));
        var second = (await ledger.ReadFindingAsync(14)).History.Single(e => e.Kind == ProgressEntryKind.Correction).Id;

        var refusal = await Assert.ThrowsAsync<EntryAlreadySupersededException>(() =>
            ledger.ChangeFindingAsync(14, f => f.Correct(first, "再次更正", Admin, At.AddHours(2))));
        Assert.Equal(second, refusal.SupersedingEntryId);

        await ledger.ChangeFindingAsync(14, f => f.Correct(second, "召开党组扩大会议", Admin, At.AddHours(3)));
        var current = (await ledger.ReadFindingAsync(14)).CurrentHistory();
        Assert.Equal(["公告所述整改情况", "召开党组扩大会议"], current.Select(e => e.Description));
    }

    [Fact]
    public async Task Corrections_refuse_unknown_entries_sign_offs_and_measure_states_for_entries_about_no_measure()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(ReferenceRound.CompletedFinding, f => ReferenceRound.BackCompletedWork(f, At).SignOff(Leader, At));
        var finding = await ledger.ReadFindingAsync(ReferenceRound.CompletedFinding);
        var signOff = finding.History.Single(e => e.Kind == ProgressEntryKind.SignOff).Id;
        var announced = finding.History.Single(e => e.Kind == ProgressEntryKind.Announced).Id;

        await Assert.ThrowsAsync<EntryNotFoundException>(() =>
            ledger.ChangeFindingAsync(ReferenceRound.CompletedFinding, f => f.Correct(999_999, "x", Admin, At)));
        var notCorrectable = await Assert.ThrowsAsync<EntryNotCorrectableException>(() =>
            ledger.ChangeFindingAsync(ReferenceRound.CompletedFinding, f => f.Correct(signOff, "x", Admin, At)));
        Assert.Equal(ProgressEntryKind.SignOff, notCorrectable.Kind);
        await Assert.ThrowsAsync<CorrectionNotApplicableException>(() =>
            ledger.ChangeFindingAsync(ReferenceRound.CompletedFinding, f => f.Correct(announced, "x", Admin, At, new MeasureCorrection(MeasureStatus.InProgress, 50))));

        // The text of a signed-off finding's entry may still be put right; its status stays.
        await ledger.ChangeFindingAsync(ReferenceRound.CompletedFinding, f => f.Correct(announced, "公告所述整改情况（更正错字）", Admin, At));
        Assert.Equal(FindingStatus.SignedOff, (await ledger.ReadFindingAsync(ReferenceRound.CompletedFinding)).Status);
    }
}
