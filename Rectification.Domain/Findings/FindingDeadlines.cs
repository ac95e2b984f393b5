namespace Rectification.Domain.Findings;

/// <summary>When a finding counts as late: the one home of that rule for the digest, the pages and the reports.</summary>
public static class FindingDeadlines
{
    /// <summary>In progress and its deadline before today (office time). A finding awaiting sign-off is never overdue.</summary>
    public static bool IsOverdue(FindingStatus status, DateOnly? deadline, DateOnly today) =>
        status == FindingStatus.InProgress && deadline < today;
}
