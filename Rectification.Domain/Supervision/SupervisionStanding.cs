namespace Rectification.Domain.Supervision;

/// <summary>
/// Where a finding stands on the ladder today: its colour and, when it has a deadline, how many working days are left
/// (0 on the day, negative once overdue: −3 is three working days overdue). For 长期坚持 the days count to its review
/// date, which never makes it overdue.
/// </summary>
public sealed record SupervisionStanding(SupervisionColour Colour, Findings.Deadline? Deadline, int? WorkingDaysLeft, bool Reopened)
{
    public static SupervisionStanding Unsupervised { get; } = new(SupervisionColour.None, null, null, false);

    /// <summary>The one rule of "overdue": past the due day in working days; ongoing work never is.</summary>
    public bool IsOverdue => Deadline is { CanBeOverdue: true } && WorkingDaysLeft < 0;

    public int? WorkingDaysOverdue => IsOverdue ? -WorkingDaysLeft : null;
}
