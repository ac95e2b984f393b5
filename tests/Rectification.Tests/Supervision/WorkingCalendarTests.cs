using CsCheck;
using Rectification.Domain.Supervision.Calendar;

namespace Rectification.Tests.Supervision;

/// <summary>The bundled calendar against the State Council's notices, and its counting against day-by-day counting.</summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendarFile.Bundled;

    [Theory]
    [InlineData("2024-02-04")] // Sunday, 春节调休
    [InlineData("2024-02-18")]
    [InlineData("2024-04-07")]
    [InlineData("2024-04-28")]
    [InlineData("2024-05-11")] // Saturday
    [InlineData("2024-09-14")]
    [InlineData("2024-09-29")]
    [InlineData("2024-10-12")]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    public void AMakeUpWorkingDayOnAWeekendIsAWorkingDay(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(China.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2024-01-01")]
    [InlineData("2024-02-16")] // Friday of 春节
    [InlineData("2024-04-05")]
    [InlineData("2024-05-03")]
    [InlineData("2024-06-10")]
    [InlineData("2024-09-16")]
    [InlineData("2024-10-07")]
    [InlineData("2025-01-01")]
    [InlineData("2025-02-04")]
    [InlineData("2025-04-04")]
    [InlineData("2025-05-05")]
    [InlineData("2025-06-02")]
    [InlineData("2025-10-08")]
    [InlineData("2026-01-02")]
    [InlineData("2026-02-23")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-05")]
    [InlineData("2026-06-19")]
    [InlineData("2026-09-25")]
    [InlineData("2026-10-07")]
    public void AStatutoryHolidayOnAWeekdayIsNoWorkingDay(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.False(China.IsWorkingDay(day));
    }

    [Fact]
    public void TheBundledCalendarCoversTheNoticesWeHaveAndNot2027()
    {
        Assert.Equal([2024, 2025, 2026], China.CoveredYears);
        Assert.False(China.Covers(2027));
    }

    [Fact]
    public void AYearWithoutANoticeCountsAsPlainWeekdays()
    {
        // 2027-01-01 is a Friday: a holiday by every notice so far, but no notice for 2027 is in the file.
        Assert.True(China.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.False(China.IsWorkingDay(new DateOnly(2027, 1, 2)));
    }

    [Fact]
    public void TheNationalDayWeekOf2026HoldsItsMakeUpDayOnly()
    {
        // 9-30 (Wed) works; 10-1…10-7 are off; 10-8 and 10-9 (Thu, Fri) and the make-up Saturday 10-10 work.
        Assert.Equal(4, China.WorkingDaysBetween(new DateOnly(2026, 9, 29), new DateOnly(2026, 10, 10)));
        Assert.Equal(new DateOnly(2026, 10, 8), China.NextWorkingDayFrom(new DateOnly(2026, 10, 1)));
        Assert.Equal(new DateOnly(2026, 10, 10), China.AddWorkingDays(new DateOnly(2026, 9, 30), 3));
    }

    [Fact]
    public void CountingAgreesWithCountingDayByDay()
    {
        var dates = Gen.Int[new DateOnly(2023, 11, 1).DayNumber, new DateOnly(2027, 3, 1).DayNumber].Select(DateOnly.FromDayNumber);
        Gen.Select(dates, Gen.Int[-60, 60]).Sample((from, span) =>
        {
            var to = from.AddDays(span);
            var (low, high) = to < from ? (to, from) : (from, to);
            var counted = Enumerable.Range(1, high.DayNumber - low.DayNumber).Count(offset => China.IsWorkingDay(low.AddDays(offset)));
            Assert.Equal(to < from ? -counted : counted, China.WorkingDaysBetween(from, to));
        }, iter: 2000);
    }

    [Fact]
    public void AddingWorkingDaysLandsOnAWorkingDayThatManyWorkingDaysLater()
    {
        var dates = Gen.Int[new DateOnly(2024, 1, 1).DayNumber, new DateOnly(2026, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);
        Gen.Select(dates, Gen.Int[0, 30]).Sample((from, count) =>
        {
            var start = China.NextWorkingDayFrom(from);
            var landed = China.AddWorkingDays(from, count);
            Assert.True(China.IsWorkingDay(landed));
            Assert.Equal(count, China.WorkingDaysBetween(start, landed));
        }, iter: 1000);
    }

    [Fact]
    public void AnExtensionFileAddsAYearAndOverridesADay()
    {
        var extension = WorkingCalendarFile.Parse("covers 2027\n# 元旦\n2027-01-01 holiday 元旦\n2026-10-10 holiday 办公室自定\n", "extra.txt");
        var extended = China.With(extension);

        Assert.True(extended.Covers(2027));
        Assert.False(extended.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.False(extended.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.True(extended.IsWorkingDay(new DateOnly(2026, 9, 20)));
    }

    [Theory]
    [InlineData("2027-01-01 vacation")]
    [InlineData("2027/01/01 holiday")]
    [InlineData("covers next-year")]
    [InlineData("2027-02-30 holiday")]
    public void AMalformedLineIsRefusedWithItsLineNumber(string line)
    {
        var error = Assert.Throws<CalendarFormatException>(() => WorkingCalendarFile.Parse("covers 2027\n" + line, "extra.txt"));
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("extra.txt", error.Message, StringComparison.Ordinal);
    }
}
