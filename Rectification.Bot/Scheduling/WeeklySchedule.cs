using Rectification.Domain.Reporting;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// When a weekly message is due: on a day of the week at a local time in a time zone. Pure: "now" is passed in.
/// </summary>
/// <remarks>
/// Only the week containing "now" is ever considered, so a bot that was down for three weeks sends one digest when
/// it comes back (the current week's, if its time has passed), not one per missed week. A local time that does not
/// exist that day (clocks jumped forward) is taken as the first instant after the jump; one that happens twice, as
/// the first of the two.
/// </remarks>
public static class WeeklySchedule
{
    /// <summary>The week containing <paramref name="now"/> in <paramref name="zone"/>, and the instant its send falls on.</summary>
    public static (DigestPeriod Period, DateTimeOffset DueAt) Current(DateTimeOffset now, TimeZoneInfo zone, DayOfWeek day, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var period = DigestPeriod.Containing(now, zone);
        return (period, DueAt(period, day, time));
    }

    /// <summary>Whether the send of the week containing <paramref name="now"/> is due (its time has come).</summary>
    public static bool IsDue(DateTimeOffset now, TimeZoneInfo zone, DayOfWeek day, TimeOnly time) =>
        Current(now, zone, day, time).DueAt <= now;

    /// <summary>The instant, in <paramref name="period"/>'s zone, of <paramref name="day"/> at <paramref name="time"/>.</summary>
    public static DateTimeOffset DueAt(DigestPeriod period, DayOfWeek day, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(period);
        var offsetFromMonday = ((int)day + 6) % 7;
        var local = period.FirstDay.AddDays(offsetFromMonday).ToDateTime(time, DateTimeKind.Unspecified);
        var zone = period.Zone;
        if (zone.IsInvalidTime(local))
        {
            // Clocks jumped forward over this time: send at the jump, i.e. the wall-clock time + the skipped span.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(DateTime.SpecifyKind(local - before, DateTimeKind.Utc)).ToOffset(zone.GetUtcOffset(local.AddHours(3)));
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
