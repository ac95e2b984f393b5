using Rectification.Bot.Scheduling;
using Rectification.Tests.Reporting;

namespace Rectification.Tests.Scheduling;

public sealed class WeeklyScheduleTests
{
    private static readonly TimeZoneInfo Shanghai = DigestLedger.Shanghai;
    private static readonly TimeZoneInfo Berlin = DigestLedger.Berlin;

    [Fact]
    public void Default_Monday_nine_in_Shanghai_is_due_from_nine_Beijing_time_on()
    {
        var nine = new DateTimeOffset(2024, 7, 15, 1, 0, 0, TimeSpan.Zero);
        var (period, dueAt) = WeeklySchedule.Current(nine, Shanghai, DayOfWeek.Monday, new TimeOnly(9, 0));

        Assert.Equal("2024-W29", period.Key);
        Assert.Equal(nine, dueAt);
        Assert.False(WeeklySchedule.IsDue(nine.AddSeconds(-1), Shanghai, DayOfWeek.Monday, new TimeOnly(9, 0)));
        Assert.True(WeeklySchedule.IsDue(nine, Shanghai, DayOfWeek.Monday, new TimeOnly(9, 0)));
    }

    [Fact]
    public void A_subscriber_in_Berlin_gets_Monday_nine_on_the_Berlin_clock_in_the_Berlin_week()
    {
        // 01:00Z is 09:00 in Beijing but 03:00 in Berlin (summer time, +2).
        var shanghaiNine = new DateTimeOffset(2024, 7, 15, 1, 0, 0, TimeSpan.Zero);
        Assert.False(WeeklySchedule.IsDue(shanghaiNine, Berlin, DayOfWeek.Monday, new TimeOnly(9, 0)));
        var (period, dueAt) = WeeklySchedule.Current(shanghaiNine, Berlin, DayOfWeek.Monday, new TimeOnly(9, 0));
        Assert.Equal("2024-W29", period.Key);
        Assert.Equal(new DateTimeOffset(2024, 7, 15, 7, 0, 0, TimeSpan.Zero), dueAt);

        // Sunday 23:30 in Berlin is already Monday in Beijing: different weeks for the same instant.
        var sundayNight = new DateTimeOffset(2024, 7, 14, 21, 30, 0, TimeSpan.Zero);
        Assert.Equal("2024-W28", WeeklySchedule.Current(sundayNight, Berlin, DayOfWeek.Monday, new TimeOnly(9, 0)).Period.Key);
        Assert.Equal("2024-W29", WeeklySchedule.Current(sundayNight, Shanghai, DayOfWeek.Monday, new TimeOnly(9, 0)).Period.Key);
    }

    [Fact]
    public void Friday_at_five_is_due_from_Friday_five_and_not_on_Monday()
    {
        var monday = new DateTimeOffset(2024, 7, 15, 9, 0, 0, TimeSpan.FromHours(8));
        var (_, dueAt) = WeeklySchedule.Current(monday, Shanghai, DayOfWeek.Friday, new TimeOnly(17, 0));

        Assert.Equal(new DateTimeOffset(2024, 7, 19, 17, 0, 0, TimeSpan.FromHours(8)), dueAt);
        Assert.False(WeeklySchedule.IsDue(monday, Shanghai, DayOfWeek.Friday, new TimeOnly(17, 0)));
    }

    [Fact]
    public void A_time_the_clocks_skip_is_sent_right_after_the_jump()
    {
        // Berlin, Sunday 31 March 2024: 02:00 → 03:00. A Sunday 02:30 digest goes out at 03:30 local, 01:30Z.
        var sunday = new DateTimeOffset(2024, 3, 31, 12, 0, 0, TimeSpan.Zero);
        var (_, dueAt) = WeeklySchedule.Current(sunday, Berlin, DayOfWeek.Sunday, new TimeOnly(2, 30));

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero), dueAt.ToUniversalTime());
    }
}
