namespace Rectification.Domain.Supervision;

/// <summary>The ladder's thresholds, in working days (the "Supervision" settings bind onto these).</summary>
public sealed record SupervisionThresholds
{
    public static SupervisionThresholds Default { get; } = new();

    /// <summary>Blue when the deadline is at most this many working days away (today counts as 0).</summary>
    public int BlueWithinWorkingDays { get; init; } = 3;

    /// <summary>Red when the deadline passed more than this many working days ago.</summary>
    public int RedAfterWorkingDaysOverdue { get; init; } = 10;

    /// <summary>Why these thresholds cannot be used, or null when they can.</summary>
    public string? Problem() =>
        BlueWithinWorkingDays < 0 ? "Supervision:BlueWithinWorkingDays must be 0 or more."
        : RedAfterWorkingDaysOverdue < 0 ? "Supervision:RedAfterWorkingDaysOverdue must be 0 or more."
        : null;
}
