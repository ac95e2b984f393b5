namespace Rectification.Domain.Findings;

/// <summary>How the office writes a deadline (完成时限). Stored as its name, so the values may be reordered freely.</summary>
public enum DeadlineKind
{
    /// <summary>立行立改: to be put right at once; it counts as due on the day it took effect.</summary>
    Immediately,

    /// <summary>A date: due that day.</summary>
    OnDate,

    /// <summary>长期坚持: kept up for good, never overdue; an optional review date (复查) is chased like a due date.</summary>
    Ongoing,
}
