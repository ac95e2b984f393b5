namespace Rectification.Domain.Supervision;

/// <summary>
/// Where a finding stands on the ladder today: its colour and, when it has a deadline, how many working days are left
/// (0 on the day, negative once overdue: −3 is three working days overdue).
/// </summary>
public sealed record SupervisionStanding(SupervisionColour Colour, DateOnly? Deadline, int? WorkingDaysLeft, bool Reopened)
{
    public static SupervisionStanding Unsupervised { get; } = new(SupervisionColour.None, null, null, false);

    public bool IsOverdue => WorkingDaysLeft < 0;

    public int? WorkingDaysOverdue => WorkingDaysLeft < 0 ? -WorkingDaysLeft : null;
}
