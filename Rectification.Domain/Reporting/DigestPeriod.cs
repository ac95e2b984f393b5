using System.Globalization;

namespace Rectification.Domain.Reporting;

/// <summary>
/// The week a digest covers: one ISO 8601 week (Monday 00:00 up to, not including, the next Monday 00:00) on the
/// subscriber's wall clock. Two subscribers in different time zones have different instants for the same
/// <see cref="Key"/>, so an outbox row is keyed by subscriber and <see cref="Key"/>.
/// </summary>
/// <remarks>
/// When a time zone's clocks jump over midnight, the week starts at the jump (the first instant of the Monday);
/// when midnight happens twice, it starts at the first. The instants of one week's end and the next one's start
/// are therefore always the same: weeks neither overlap nor leave gaps.
/// </remarks>
public sealed class DigestPeriod : IEquatable<DigestPeriod>
{
    private DigestPeriod(int year, int week, TimeZoneInfo zone)
    {
        Year = year;
        Week = week;
        Zone = zone;
        FirstDay = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        StartUtc = StartOfDayUtc(FirstDay, zone);
        EndUtc = StartOfDayUtc(FirstDay.AddDays(7), zone);
    }

    /// <summary>The ISO week-numbering year: 2024-12-30 belongs to 2025-W01, 2021-01-03 to 2020-W53.</summary>
    public int Year { get; }

    /// <summary>1 to 52, or 53 in long ISO years.</summary>
    public int Week { get; }

    /// <summary>The subscriber's time zone, in which the week is reckoned.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The Monday that opens the week.</summary>
    public DateOnly FirstDay { get; }

    /// <summary>The Sunday that closes the week.</summary>
    public DateOnly LastDay => FirstDay.AddDays(6);

    /// <summary>The first instant of the week (inclusive), UTC.</summary>
    public DateTime StartUtc { get; }

    /// <summary>The first instant of the next week (exclusive), UTC.</summary>
    public DateTime EndUtc { get; }

    /// <summary>The ISO 8601 week name, e.g. "2024-W25"; the same in every time zone.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    /// <summary>The week, in <paramref name="zone"/>, that the instant <paramref name="now"/> falls in.</summary>
    public static DigestPeriod Containing(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return new DigestPeriod(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local), zone);
    }

    /// <summary>ISO week <paramref name="week"/> of ISO year <paramref name="year"/> in <paramref name="zone"/>.</summary>
    public static DigestPeriod Of(int year, int week, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(week, ISOWeek.GetWeeksInYear(year));
        return new DigestPeriod(year, week, zone);
    }

    /// <summary>The week before, in the same time zone (2025-W01 → 2024-W52, 2021-W01 → 2020-W53).</summary>
    public DigestPeriod Previous() => OfDay(FirstDay.AddDays(-7));

    /// <summary>The week after, in the same time zone.</summary>
    public DigestPeriod Next() => OfDay(FirstDay.AddDays(7));

    /// <summary>Whether <paramref name="utc"/> lies in [<see cref="StartUtc"/>, <see cref="EndUtc"/>).</summary>
    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    /// <summary>The calendar day that <paramref name="instant"/> falls on in this period's time zone.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The wall-clock time in this period's time zone of a UTC instant (e.g. a history entry's).</summary>
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public bool Equals(DigestPeriod? other) =>
        other is not null && Year == other.Year && Week == other.Week && Zone.Id == other.Zone.Id;

    public override bool Equals(object? obj) => Equals(obj as DigestPeriod);

    public override int GetHashCode() => HashCode.Combine(Year, Week, Zone.Id);

    public override string ToString() => $"{Key} ({Zone.Id})";

    private DigestPeriod OfDay(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new DigestPeriod(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date), Zone);
    }

    private static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset =
            // Clocks jumped over midnight: the offset in force before the jump gives the instant of the jump.
            zone.IsInvalidTime(midnight) ? zone.GetUtcOffset(midnight.AddDays(-1))
            // Midnight happened twice: the larger offset gives the first of the two instants.
            : zone.IsAmbiguousTime(midnight) ? zone.GetAmbiguousTimeOffsets(midnight).Max()
            : zone.GetUtcOffset(midnight);
        return DateTime.SpecifyKind(midnight - offset, DateTimeKind.Utc);
    }
}
