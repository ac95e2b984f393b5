using Rectification.Domain.Supervision;
using Rectification.Domain.Supervision.FollowUp;

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

    /// <summary>
    /// 回头看: months after a sign-off at which its department is asked whether the problem came back, counted from the
    /// sign-off date (a check falling on a rest day is asked on the next working day). Empty: 3 and 6.
    /// </summary>
    public IList<int> FollowUpAfterMonths { get; } = [];

    /// <summary>Working days a follow-up check may go unanswered before it is reminded (yellow), then escalated (red) like a deadline.</summary>
    public int FollowUpAnswerWithinWorkingDays { get; set; } = 5;

    public FollowUpSchedule FollowUps() => FollowUpAfterMonths.Count == 0 ? FollowUpSchedule.Default : new FollowUpSchedule([.. FollowUpAfterMonths]);

    public SupervisionThresholds Thresholds() => new()
    {
        BlueWithinWorkingDays = BlueWithinWorkingDays,
        RedAfterWorkingDaysOverdue = RedAfterWorkingDaysOverdue,
    };
}
