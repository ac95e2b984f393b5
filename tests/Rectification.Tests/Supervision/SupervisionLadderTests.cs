using CsCheck;
using Rectification.Domain.Findings;
using Rectification.Domain.Supervision;
using Rectification.Domain.Supervision.Calendar;

namespace Rectification.Tests.Supervision;

/// <summary>三色督办 counted on the working-day calendar, across holidays and make-up days.</summary>
public sealed class SupervisionLadderTests
{
    private static readonly SupervisionLadder Ladder = new(WorkingCalendarFile.Bundled, SupervisionThresholds.Default);

    [Fact]
    public void ADeadlineThreeWorkingDaysAwayIsBlueAndFourIsNot()
    {
        // Monday 2026-11-30: Thursday is three working days away, Friday four.
        var monday = new DateOnly(2026, 11, 30);
        Assert.Equal(SupervisionColour.Blue, Colour(new DateOnly(2026, 12, 3), monday));
        Assert.Equal(SupervisionColour.None, Colour(new DateOnly(2026, 12, 4), monday));
    }

    [Fact]
    public void TheNationalDayBreakDoesNotCountTowardsBlue()
    {
        // On 2026-09-30 a deadline of 10-09 is 10 calendar days away but only two working days (10-8, 10-9).
        Assert.Equal(SupervisionColour.Blue, Colour(new DateOnly(2026, 10, 9), new DateOnly(2026, 9, 30)));
    }

    [Fact]
    public void AMakeUpSaturdayCountsTowardsBlue()
    {
        // Thursday 2026-02-26: Friday, make-up Saturday 02-28 and Monday 03-02 are three working days.
        Assert.Equal(SupervisionColour.Blue, Colour(new DateOnly(2026, 3, 2), new DateOnly(2026, 2, 26)));
        Assert.Equal(SupervisionColour.None, Colour(new DateOnly(2026, 3, 3), new DateOnly(2026, 2, 26)));
    }

    [Fact]
    public void TheDayAfterTheDeadlineIsYellowAndTheEleventhWorkingDayOverdueIsRed()
    {
        var deadline = new DateOnly(2026, 11, 13); // Friday
        Assert.Equal(SupervisionColour.Blue, Colour(deadline, deadline));
        Assert.Equal(SupervisionColour.Yellow, Colour(deadline, new DateOnly(2026, 11, 16)));
        Assert.Equal(SupervisionColour.Yellow, Colour(deadline, new DateOnly(2026, 11, 27))); // 10 working days
        Assert.Equal(SupervisionColour.Red, Colour(deadline, new DateOnly(2026, 11, 30)));    // 11 working days
    }

    [Fact]
    public void TheSpringFestivalBreakDelaysRed()
    {
        // Due Friday 2026-02-13: the break (02-15…02-23) and the make-up days (02-14, 02-28) leave 03-06 the 11th working day.
        var deadline = new DateOnly(2026, 2, 13);
        Assert.Equal(SupervisionColour.Yellow, Colour(deadline, new DateOnly(2026, 3, 5)));
        Assert.Equal(SupervisionColour.Red, Colour(deadline, new DateOnly(2026, 3, 6)));
    }

    [Fact]
    public void AReopenedFindingIsRedWhateverItsDeadline()
    {
        var standing = Ladder.StandingOf(FindingStatus.InProgress, null, reopened: true, new DateOnly(2026, 12, 2));
        Assert.Equal(SupervisionColour.Red, standing.Colour);
    }

    [Fact]
    public void CompletedAndSignedOffFindingsCarryNoColour()
    {
        var longOverdue = new DateOnly(2025, 1, 10);
        Assert.Equal(SupervisionColour.None, Ladder.StandingOf(FindingStatus.Completed, longOverdue, false, new DateOnly(2026, 12, 2)).Colour);
        Assert.Equal(SupervisionColour.None, Ladder.StandingOf(FindingStatus.SignedOff, longOverdue, true, new DateOnly(2026, 12, 2)).Colour);
    }

    [Fact]
    public void ThresholdsAreConfigurable()
    {
        var strict = new SupervisionLadder(WorkingCalendarFile.Bundled, new SupervisionThresholds { BlueWithinWorkingDays = 5, RedAfterWorkingDaysOverdue = 2 });
        var monday = new DateOnly(2026, 11, 30);
        Assert.Equal(SupervisionColour.Blue, strict.StandingOf(FindingStatus.InProgress, new DateOnly(2026, 12, 7), false, monday).Colour);
        Assert.Equal(SupervisionColour.Red, strict.StandingOf(FindingStatus.InProgress, new DateOnly(2026, 11, 25), false, monday).Colour);
    }

    [Fact]
    public void AnOpenFindingsColourNeverFallsAsTheDaysPass()
    {
        var days = Gen.Int[new DateOnly(2024, 1, 1).DayNumber, new DateOnly(2026, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);
        Gen.Select(days, Gen.Int[-40, 40], Gen.Int[1, 20]).Sample((today, offset, later) =>
        {
            var deadline = today.AddDays(offset);
            var before = Colour(deadline, today);
            var after = Colour(deadline, today.AddDays(later));
            Assert.True(after >= before, $"{deadline} on {today}: {before}, {later} days later {after}");
        }, iter: 2000);
    }

    [Fact]
    public void DueWithinNWorkingDaysIncludesOverdueAndSkipsHolidays()
    {
        var today = new DateOnly(2026, 9, 30);
        Assert.True(Ladder.IsDueWithin(new DateOnly(2026, 10, 9), today, 2));
        Assert.False(Ladder.IsDueWithin(new DateOnly(2026, 10, 12), today, 2));
        Assert.True(Ladder.IsDueWithin(new DateOnly(2026, 9, 1), today, 0));
    }

    private static SupervisionColour Colour(DateOnly deadline, DateOnly today) =>
        Ladder.StandingOf(FindingStatus.InProgress, deadline, reopened: false, today).Colour;
}
