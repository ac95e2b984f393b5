using System.Collections.Immutable;

namespace Rectification.Domain.Supervision.Calendar;

/// <summary>
/// The office's working days: Monday to Friday, less the statutory holidays, plus the make-up working days (调休)
/// the State Council moves onto weekends. Counting is arithmetic over weeks corrected by the listed days, so a
/// deadline years away costs no more than one next week. Immutable; <see cref="With"/> layers an extension on top.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly ImmutableSortedDictionary<DateOnly, CalendarDayKind> _days;
    private readonly int[] _weekdayHolidays;
    private readonly int[] _weekendWorkdays;

    internal WorkingCalendar(ImmutableSortedDictionary<DateOnly, CalendarDayKind> days, ImmutableSortedSet<int> coveredYears)
    {
        _days = days;
        CoveredYears = coveredYears;
        _weekdayHolidays = [.. days.Where(d => d.Value == CalendarDayKind.Holiday && !IsWeekend(d.Key)).Select(d => d.Key.DayNumber)];
        _weekendWorkdays = [.. days.Where(d => d.Value == CalendarDayKind.Workday && IsWeekend(d.Key)).Select(d => d.Key.DayNumber)];
    }

    /// <summary>Plain weekdays, no holidays: what a year no notice covers is counted as.</summary>
    public static WorkingCalendar Weekdays { get; } = new(ImmutableSortedDictionary<DateOnly, CalendarDayKind>.Empty, []);

    /// <summary>The years whose State Council notice the calendar holds; other years count as plain weekdays.</summary>
    public ImmutableSortedSet<int> CoveredYears { get; }

    /// <summary>The listed days (holidays and make-up working days) in date order.</summary>
    public IReadOnlyDictionary<DateOnly, CalendarDayKind> ListedDays => _days;

    public bool Covers(int year) => CoveredYears.Contains(year);

    public bool IsWorkingDay(DateOnly date) =>
        _days.TryGetValue(date, out var kind) ? kind == CalendarDayKind.Workday : !IsWeekend(date);

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var weekdays = WeekdaysThrough(to.DayNumber) - WeekdaysThrough(from.DayNumber);
        return weekdays - CountIn(_weekdayHolidays, from.DayNumber, to.DayNumber) + CountIn(_weekendWorkdays, from.DayNumber, to.DayNumber);
    }

    /// <summary>The date itself when it is a working day, else the next working day after it.</summary>
    public DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The working day <paramref name="count"/> working days after <paramref name="date"/> (count ≥ 0; 0 is the day itself or the next working day).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = NextWorkingDayFrom(date);
        for (var added = 0; added < count; added++)
        {
            day = NextWorkingDayFrom(day.AddDays(1));
        }

        return day;
    }

    /// <summary>This calendar with <paramref name="extension"/>'s days and years laid over it: a later file wins for a day both list.</summary>
    public WorkingCalendar With(WorkingCalendar extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var days = _days.SetItems(extension._days);
        return new WorkingCalendar(days, CoveredYears.Union(extension.CoveredYears));
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    // DayNumber 0 (0001-01-01) is a Monday, so day n is a weekday when n % 7 < 5.
    private static int WeekdaysThrough(int dayNumber)
    {
        var days = dayNumber + 1;
        return days / 7 * 5 + Math.Min(days % 7, 5);
    }

    /// <summary>How many of the sorted day numbers lie in (from, to].</summary>
    private static int CountIn(int[] sorted, int from, int to) => UpperBound(sorted, to) - UpperBound(sorted, from);

    private static int UpperBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index + 1 : ~index;
    }
}
