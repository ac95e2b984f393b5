using Rectification.Domain.Supervision;

namespace Rectification.Bot.Supervision;

/// <summary>
/// The "Supervision" settings: the ladder's thresholds in working days and extra calendar files laid over the bundled
/// one (same format, later files win; relative paths are read from the content root).
/// </summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>Blue when the deadline is at most this many working days away.</summary>
    public int BlueWithinWorkingDays { get; set; } = SupervisionThresholds.Default.BlueWithinWorkingDays;

    /// <summary>Red when the deadline passed more than this many working days ago.</summary>
    public int RedAfterWorkingDaysOverdue { get; set; } = SupervisionThresholds.Default.RedAfterWorkingDaysOverdue;

    /// <summary>Calendar files that extend or correct the bundled one, e.g. the next year's State Council notice.</summary>
    public IList<string> CalendarFiles { get; } = [];

    public SupervisionThresholds Thresholds() => new()
    {
        BlueWithinWorkingDays = BlueWithinWorkingDays,
        RedAfterWorkingDaysOverdue = RedAfterWorkingDaysOverdue,
    };
}
