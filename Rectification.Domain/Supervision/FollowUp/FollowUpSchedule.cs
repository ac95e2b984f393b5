using Rectification.Domain.Supervision.Calendar;

namespace Rectification.Domain.Supervision.FollowUp;

/// <summary>
/// When the follow-up checks (回头看) of a sign-off fall: that many months after the sign-off date, on the first working
/// day on or after it (a check due on a holiday is asked when the office is back).
/// </summary>
public sealed record FollowUpSchedule(IReadOnlyList<int> MonthsAfterSignOff)
{
    public static FollowUpSchedule Default { get; } = new([3, 6]);

    public DateOnly DueOn(DateOnly signedOffOn, int months, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDayFrom(signedOffOn.AddMonths(months));
    }

    /// <summary>Why the schedule cannot be used, or null when it can.</summary>
    public string? Problem() =>
        MonthsAfterSignOff.Any(m => m is <= 0 or > 120) ? "Supervision:FollowUpAfterMonths must list months between 1 and 120."
        : MonthsAfterSignOff.Distinct().Count() != MonthsAfterSignOff.Count ? "Supervision:FollowUpAfterMonths lists a month twice."
        : null;
}
