using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Supervision;
using Rectification.Domain.Supervision.Calendar;

namespace Rectification.Tests.Supervision;

/// <summary>立行立改, a date and 长期坚持 on the ladder, on findings and measures, counted across holidays.</summary>
public sealed class DeadlineKindTests
{
    private static readonly SupervisionLadder Ladder = new(WorkingCalendarFile.Bundled, SupervisionThresholds.Default);
    private static readonly DateTime At = new(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Admin = new("admin", "钱管理", ProgressSource.Administration);
    private static readonly DateOnly Feedback = new(2026, 9, 24);

    [Fact]
    public void ImmediatelyCountsFromTheFeedbackDateSoItIsOverdueTheFirstWorkingDayAfter()
    {
        var finding = OpenFinding();
        finding.AssignResponsibility(null, null, Deadline.Immediately(), Admin, At);

        Assert.Equal(Deadline.Immediately(Feedback), finding.Deadline);
        // Thursday 2026-09-24 feedback; the Mid-Autumn holiday (09-25 to 09-27) follows, Monday 09-28 is the first working day after it.
        Assert.Equal(SupervisionColour.Blue, Ladder.StandingOf(finding, Feedback).Colour);
        Assert.False(Ladder.IsOverdue(finding.Status, finding.Deadline, new DateOnly(2026, 9, 26)));
        Assert.Equal(SupervisionColour.Yellow, Ladder.StandingOf(finding, new DateOnly(2026, 9, 28)).Colour);
    }

    [Fact]
    public void ImmediatelyTurnsRedOnlyAfterTenWorkingDaysTheNationalDayBreakNotCounted()
    {
        var finding = OpenFinding();
        finding.AssignResponsibility(null, null, Deadline.Immediately(), Admin, At);

        // 09-28, 09-29, 09-30, (10-01 to 10-07 the holiday) 10-08, 10-09, make-up Saturday 10-10, 10-12 … 10-15 is the tenth.
        var standing = Ladder.StandingOf(finding, new DateOnly(2026, 10, 9));
        Assert.Equal((SupervisionColour.Yellow, 5), (standing.Colour, standing.WorkingDaysOverdue));
        Assert.Equal(SupervisionColour.Yellow, Ladder.StandingOf(finding, new DateOnly(2026, 10, 15)).Colour);
        Assert.Equal(SupervisionColour.Red, Ladder.StandingOf(finding, new DateOnly(2026, 10, 16)).Colour);
    }

    [Fact]
    public void OngoingWorkIsNeverOverdueButItsReviewDateIsCountedAndChased()
    {
        var finding = OpenFinding();
        finding.AssignResponsibility(null, null, Deadline.Ongoing(new DateOnly(2026, 10, 9)), Admin, At);

        var afterReview = Ladder.StandingOf(finding, new DateOnly(2026, 11, 30));
        Assert.Equal((SupervisionColour.None, false), (afterReview.Colour, afterReview.IsOverdue));
        Assert.Null(afterReview.WorkingDaysOverdue);
        // On 09-30 the review on 10-09 is two working days away across the holiday: reminders chase it.
        Assert.True(Ladder.IsChased(finding.Deadline!, new DateOnly(2026, 9, 30), 2));
        Assert.False(Ladder.IsChased(finding.Deadline!, new DateOnly(2026, 9, 29), 2));
        Assert.False(Ladder.IsOverdue(finding.Status, finding.Deadline, new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void OngoingWithoutAReviewDateIsNeverChased()
    {
        Assert.False(Ladder.IsChased(Deadline.Ongoing(), new DateOnly(2026, 9, 30), 100));
        Assert.Equal(SupervisionColour.None, Ladder.StandingOf(FindingStatus.InProgress, Deadline.Ongoing(), false, new DateOnly(2030, 1, 1)).Colour);
    }

    [Fact]
    public void AReopenedOngoingFindingIsRed()
    {
        Assert.Equal(SupervisionColour.Red, Ladder.StandingOf(FindingStatus.InProgress, Deadline.Ongoing(), reopened: true, new DateOnly(2026, 9, 30)).Colour);
    }

    [Fact]
    public void AnOpenMeasuresEarlierDeadlineIsTheOneTheLadderChases()
    {
        var finding = OpenFinding();
        finding.AssignResponsibility(null, null, new DateOnly(2026, 12, 31), Admin, At);
        finding.AssignMeasureDeadline(1, new DateOnly(2026, 11, 13), Admin, At);
        finding.AssignMeasureDeadline(2, Deadline.Ongoing(new DateOnly(2026, 11, 2)), Admin, At);

        Assert.Equal(Deadline.On(new DateOnly(2026, 11, 13)), finding.SupervisedDeadline());
        Assert.Equal(SupervisionColour.Yellow, Ladder.StandingOf(finding, new DateOnly(2026, 11, 16)).Colour);
    }

    [Fact]
    public void ACompletedMeasuresDeadlineNoLongerCounts()
    {
        var finding = OpenFinding();
        finding.AssignMeasureDeadline(1, new DateOnly(2026, 11, 13), Admin, At);
        finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "建成", Admin, At);

        Assert.Null(finding.SupervisedDeadline());
    }

    [Fact]
    public void AMeasureDeadlineIsRecordedInTheHistoryWithTheOfficesWords()
    {
        var finding = OpenFinding();

        var entry = finding.AssignMeasureDeadline(2, Deadline.Ongoing(new DateOnly(2025, 6, 30)), Admin, At);

        Assert.Equal((ProgressEntryKind.Assignment, "第2条完成时限：- → 长期坚持（2025-06-30复查）"), (entry.Kind, entry.Description));
        Assert.Null(entry.MeasureOrdinal);
        Assert.Equal(Deadline.Ongoing(new DateOnly(2025, 6, 30)), finding.FindMeasure(2)!.Deadline);
    }

    [Fact]
    public void ImmediatelyOverImmediatelyChangesNothing()
    {
        var finding = OpenFinding();
        finding.AssignResponsibility(null, null, Deadline.Immediately(), Admin, At);

        var again = finding.AssignResponsibility(null, null, Deadline.Immediately(), Admin, At.AddDays(1));

        Assert.Equal("完成时限：立行立改（未变）", again.Description);
    }

    [Theory]
    [InlineData("立行立改", DeadlineKind.Immediately, null)]
    [InlineData("长期坚持", DeadlineKind.Ongoing, null)]
    [InlineData("长期坚持（2025-06-30复查）", DeadlineKind.Ongoing, "2025-06-30")]
    [InlineData("2024-09-30", DeadlineKind.OnDate, "2024-09-30")]
    public void TheLedgersWordsReadBackToTheSameDeadline(string text, DeadlineKind kind, string? date)
    {
        var deadline = Deadline.ParseLedgerText(text)!;

        Assert.Equal((kind, date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (deadline.Kind, deadline.Date));
        Assert.Equal(text, deadline.LedgerText());
    }

    [Theory]
    [InlineData("长期坚持开展培训")]
    [InlineData("明年")]
    [InlineData("")]
    public void OtherWordsAreNoDeadline(string text) => Assert.Null(Deadline.ParseLedgerText(text));

    private static Finding OpenFinding()
    {
        var inspection = new Inspection("市委第六巡察组", "市金融局", new(2025, 7, 13), new(2025, 8, 31), Feedback, new(2026, 6, 18));
        var finding = inspection.AddFinding(1, "金融风险防控工作机制不健全");
        finding.AddMeasure("建立风险台账", MeasureStatus.InProgress);
        finding.AddMeasure("开展专项培训", MeasureStatus.InProgress);
        finding.RecordAnnounced(ProgressAuthor.Announcement("市金融局"), At.AddDays(-30), "公告");
        return finding;
    }
}
