using Rectification.Domain.Findings;
using Rectification.Domain.Supervision.Calendar;

namespace Rectification.Domain.Supervision;

/// <summary>
/// 三色督办, the escalation ladder, counted in working days on the office's calendar. Only open work is chased: a
/// completed finding waits for a leader's sign-off, not for its department, so it carries no colour.
/// <list type="bullet">
/// <item>blue: due within <see cref="SupervisionThresholds.BlueWithinWorkingDays"/> working days;</item>
/// <item>yellow: overdue;</item>
/// <item>red: overdue by more than <see cref="SupervisionThresholds.RedAfterWorkingDaysOverdue"/> working days, or reopened
/// (a leader reopens a finding when the problem came back, 反弹回潮).</item>
/// </list>
/// </summary>
public sealed class SupervisionLadder(WorkingCalendar calendar, SupervisionThresholds thresholds)
{
    /// <summary>The ladder on plain weekdays with the default thresholds: for a digest built without the office's calendar.</summary>
    public static SupervisionLadder Weekdays { get; } = new(WorkingCalendar.Weekdays, SupervisionThresholds.Default);

    public WorkingCalendar Calendar { get; } = calendar;

    public SupervisionThresholds Thresholds { get; } = thresholds;

    /// <summary>The finding's standing today (its history must be loaded to know whether it was reopened).</summary>
    public SupervisionStanding StandingOf(Finding finding, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return StandingOf(finding.Status, finding.SupervisedDeadline(), finding.IsReopened(), today);
    }

    /// <summary>
    /// 立行立改 counts as due on the day it took effect, a date on that day; 长期坚持 is never overdue and takes no
    /// colour from its review date (only a reopening makes it red), though the days to its review are counted.
    /// </summary>
    public SupervisionStanding StandingOf(FindingStatus status, Deadline? deadline, bool reopened, DateOnly today)
    {
        if (status != FindingStatus.InProgress)
        {
            return SupervisionStanding.Unsupervised;
        }

        int? left = deadline?.ChaseOn is { } due ? WorkingDaysLeft(due, today) : null;
        int? dueLeft = deadline is { CanBeOverdue: true } ? left : null;
        var colour = reopened || dueLeft < -Thresholds.RedAfterWorkingDaysOverdue ? SupervisionColour.Red
            : dueLeft < 0 ? SupervisionColour.Yellow
            : dueLeft <= Thresholds.BlueWithinWorkingDays ? SupervisionColour.Blue
            : SupervisionColour.None;
        return new SupervisionStanding(colour, deadline, left, reopened);
    }

    /// <summary>Overdue, the one rule the pages, lists and digest share: in progress and past its due day in working days.</summary>
    public bool IsOverdue(FindingStatus status, Deadline? deadline, DateOnly today) =>
        StandingOf(status, deadline, reopened: false, today).IsOverdue;

    /// <summary>
    /// Whether a standing answers the question the filter asks; <paramref name="withinWorkingDays"/> is the N of
    /// <see cref="SupervisionFilter.DueWithin"/> (overdue included, reopened findings only when their deadline is near).
    /// </summary>
    public static bool Matches(SupervisionStanding standing, SupervisionFilter filter, int? withinWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return filter switch
        {
            SupervisionFilter.Ladder => standing.Colour != SupervisionColour.None,
            SupervisionFilter.Overdue => standing.IsOverdue,
            SupervisionFilter.Red => standing.Colour == SupervisionColour.Red,
            SupervisionFilter.Yellow => standing.Colour == SupervisionColour.Yellow,
            SupervisionFilter.Blue => standing.Colour == SupervisionColour.Blue,
            SupervisionFilter.DueWithin => standing.WorkingDaysLeft <= (withinWorkingDays ?? throw new ArgumentNullException(nameof(withinWorkingDays))),
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
        };
    }

    /// <summary>
    /// Whether the deadline falls within <paramref name="workingDays"/> working days of today, overdue included: the
    /// question "due within N working days".
    /// </summary>
    public bool IsDueWithin(DateOnly deadline, DateOnly today, int workingDays) => WorkingDaysLeft(deadline, today) <= workingDays;

    /// <summary>
    /// Whether reminders chase the deadline today: its due day (or an ongoing deadline's review date) lies within
    /// <paramref name="workingDays"/> working days, overdue included.
    /// </summary>
    public bool IsChased(Deadline deadline, DateOnly today, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.ChaseOn is { } day && IsDueWithin(day, today, workingDays);
    }

    /// <summary>
    /// Working days left until the deadline: 0 on the day (or when it falls on a rest day with no working day before
    /// it), then −1 on the first working day after it, and so on.
    /// </summary>
    public int WorkingDaysLeft(DateOnly deadline, DateOnly today) =>
        deadline >= today ? Calendar.WorkingDaysBetween(today, deadline) : -Calendar.WorkingDaysBetween(deadline, today);
}
