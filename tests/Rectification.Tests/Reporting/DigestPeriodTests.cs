using Rectification.Domain.Reporting;
using static Rectification.Tests.Reporting.DigestLedger;

namespace Rectification.Tests.Reporting;

public sealed class DigestPeriodTests
{
    [Fact]
    public void A_week_in_Shanghai_runs_from_Monday_midnight_to_the_next_Monday_midnight_Beijing_time()
    {
        var period = DigestPeriod.Containing(new DateTimeOffset(2024, 6, 18, 10, 0, 0, TimeSpan.FromHours(8)), Shanghai);

        Assert.Equal("2024-W25", period.Key);
        Assert.Equal((2024, 25), (period.Year, period.Week));
        Assert.Equal((new DateOnly(2024, 6, 17), new DateOnly(2024, 6, 23)), (period.FirstDay, period.LastDay));
        Assert.Equal(Utc(2024, 6, 16, 16, 0), period.StartUtc);
        Assert.Equal(Utc(2024, 6, 23, 16, 0), period.EndUtc);
        Assert.Equal(DateTimeKind.Utc, period.StartUtc.Kind);
    }

    [Theory]
    [InlineData("2024-12-30", "2025-W01")] // Monday of ISO week 1 in the calendar year before
    [InlineData("2024-12-29", "2024-W52")]
    [InlineData("2021-01-03", "2020-W53")] // Sunday in January that closes a 53-week year
    [InlineData("2021-01-04", "2021-W01")]
    [InlineData("2020-12-31", "2020-W53")]
    [InlineData("2023-01-01", "2022-W52")]
    [InlineData("2026-12-31", "2026-W53")]
    [InlineData("2027-01-03", "2026-W53")]
    [InlineData("2027-01-04", "2027-W01")]
    public void Keys_follow_ISO_8601_week_numbering_around_the_new_year(string day, string key)
    {
        var noon = new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(12, 0), TimeSpan.FromHours(8));

        Assert.Equal(key, DigestPeriod.Containing(noon, Shanghai).Key);
    }

    [Theory]
    [InlineData(2025, 1, "2024-W52")]
    [InlineData(2021, 1, "2020-W53")]
    [InlineData(2024, 26, "2024-W25")]
    public void Previous_steps_back_one_week_across_year_ends(int year, int week, string previous)
    {
        Assert.Equal(previous, DigestPeriod.Of(year, week, Shanghai).Previous().Key);
    }

    [Fact]
    public void Next_after_week_53_is_week_1_of_the_next_year()
    {
        Assert.Equal("2021-W01", DigestPeriod.Of(2020, 53, Shanghai).Next().Key);
    }

    [Fact]
    public void Consecutive_weeks_meet_without_gap_or_overlap()
    {
        var week = DigestPeriod.Of(2024, 52, Berlin);

        Assert.Equal(week.EndUtc, week.Next().StartUtc);
        Assert.Equal(week.StartUtc, week.Previous().EndUtc);
    }

    [Fact]
    public void Week_53_is_refused_in_a_52_week_year()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DigestPeriod.Of(2024, 53, Shanghai));
        Assert.Equal("2020-W53", DigestPeriod.Of(2020, 53, Shanghai).Key);
    }

    [Fact]
    public void Monday_midnight_opens_the_new_week_and_the_instant_before_closes_the_old_one()
    {
        var monday = new DateTimeOffset(2024, 6, 24, 0, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal("2024-W26", DigestPeriod.Containing(monday, Shanghai).Key);
        Assert.Equal("2024-W25", DigestPeriod.Containing(monday.AddTicks(-1), Shanghai).Key);

        var period = DigestPeriod.Of(2024, 26, Shanghai);
        Assert.True(period.Contains(monday.UtcDateTime));
        Assert.False(period.Previous().Contains(monday.UtcDateTime));
    }

    [Fact]
    public void A_subscriber_in_another_time_zone_is_in_another_week_near_the_boundary()
    {
        // Sunday 23 June 2024, 20:00 UTC: already Monday 04:00 in Beijing, still Sunday 22:00 in Berlin.
        var now = new DateTimeOffset(2024, 6, 23, 20, 0, 0, TimeSpan.Zero);

        var shanghai = DigestPeriod.Containing(now, Shanghai);
        var berlin = DigestPeriod.Containing(now, Berlin);

        Assert.Equal(("2024-W26", "2024-W25"), (shanghai.Key, berlin.Key));
        Assert.NotEqual(shanghai, berlin);
    }

    [Fact]
    public void The_same_week_starts_at_different_instants_in_different_zones()
    {
        var shanghai = DigestPeriod.Of(2024, 25, Shanghai);
        var berlin = DigestPeriod.Of(2024, 25, Berlin);

        Assert.Equal(shanghai.Key, berlin.Key);
        Assert.Equal(Utc(2024, 6, 16, 22, 0), berlin.StartUtc);
        Assert.Equal(TimeSpan.FromHours(6), berlin.StartUtc - shanghai.StartUtc);
        Assert.NotEqual(shanghai, berlin);
        Assert.Equal(DigestPeriod.Of(2024, 25, Berlin), berlin);
    }

    [Fact]
    public void A_Berlin_week_with_the_spring_change_is_an_hour_short()
    {
        // Summer time starts on Sunday 31 March 2024 at 02:00 CET.
        var period = DigestPeriod.Of(2024, 13, Berlin);

        Assert.Equal(Utc(2024, 3, 24, 23, 0), period.StartUtc);
        Assert.Equal(Utc(2024, 3, 31, 22, 0), period.EndUtc);
        Assert.Equal(TimeSpan.FromHours((7 * 24) - 1), period.EndUtc - period.StartUtc);
    }

    [Fact]
    public void A_Berlin_week_with_the_autumn_change_is_an_hour_long()
    {
        // Summer time ends on Sunday 27 October 2024 at 03:00 CEST.
        var period = DigestPeriod.Of(2024, 43, Berlin);

        Assert.Equal(Utc(2024, 10, 20, 22, 0), period.StartUtc);
        Assert.Equal(Utc(2024, 10, 27, 23, 0), period.EndUtc);
        Assert.Equal(TimeSpan.FromHours((7 * 24) + 1), period.EndUtc - period.StartUtc);
    }

    [Fact]
    public void Shanghai_weeks_are_always_seven_days_long()
    {
        var period = DigestPeriod.Of(2024, 13, Shanghai);

        Assert.Equal(TimeSpan.FromDays(7), period.EndUtc - period.StartUtc);
    }

    [Fact]
    public void When_clocks_skip_Monday_midnight_the_week_starts_at_the_skip_and_when_they_repeat_it_at_the_first()
    {
        // A zone at UTC+1 whose summer time starts on Monday 25 March 2024 at 00:00 (00:00–01:00 never happens) and
        // ends on Monday 28 October 2024 at 01:00 summer time (00:00–01:00 happens twice).
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2024, 1, 1), new DateTime(2024, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 3, 25),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 1, 0, 0), 10, 28));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/MondayMidnight", TimeSpan.FromHours(1), "Test", "Test", "Test summer", [rule]);

        Assert.Equal(Utc(2024, 3, 24, 23, 0), DigestPeriod.Of(2024, 13, zone).StartUtc);
        Assert.Equal(Utc(2024, 10, 27, 22, 0), DigestPeriod.Of(2024, 44, zone).StartUtc);
        Assert.Equal(DigestPeriod.Of(2024, 43, zone).EndUtc, DigestPeriod.Of(2024, 44, zone).StartUtc);
    }

    [Fact]
    public void Today_is_the_calendar_day_in_the_periods_zone()
    {
        var now = new DateTimeOffset(2024, 7, 14, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2024, 7, 15), DigestPeriod.Of(2024, 28, Shanghai).DateOf(now));
        Assert.Equal(new DateOnly(2024, 7, 14), DigestPeriod.Of(2024, 28, Berlin).DateOf(now));
    }
}
