using Rectification.Domain.Supervision;

namespace Rectification.Bot.Localization;

/// <summary>回头看: the follow-up check's question, its buttons and commands, the answers, the recurrence count.</summary>
public abstract partial class Texts
{
    /// <summary>回头看 · 第12项（销号后3个月）.</summary>
    public abstract string FollowUpTitle(int finding, int months);

    /// <summary>The question: has the problem come back since the sign-off?</summary>
    public abstract string FollowUpQuestion { get; }

    /// <summary>How late the answer is: 黄色督办 · 回头看已超过答复时限 2 个工作日.</summary>
    public abstract string FollowUpLate(SupervisionColour colour, int workingDays);

    public abstract string FollowUpNoteLabel { get; }

    public abstract string FollowUpNoAction { get; }

    public abstract string FollowUpYesAction { get; }

    /// <summary>The command the "no" button sends as if typed: 第12项回头看：未反弹.</summary>
    public abstract string FollowUpNoCommand(int finding);

    /// <summary>The command the "yes" button sends as if typed: 第12项回头看：反弹.</summary>
    public abstract string FollowUpYesCommand(int finding);

    /// <summary>How to answer without the buttons.</summary>
    public abstract string FollowUpHowToAnswer(int finding);

    /// <summary>The check recorded, no recurrence.</summary>
    public abstract string FollowUpRecorded(int finding, int months);

    /// <summary>The check found the problem back: reopened, red, the count.</summary>
    public abstract string FollowUpRecurred(int finding, int recurrences);

    /// <summary>No check of the finding waits for an answer (and when the next is due, if one is planned).</summary>
    public abstract string FollowUpNotDue(int finding, DateOnly? nextDueOn);

    /// <summary>The status card's line: 反弹回潮 2 次（回头看发现）.</summary>
    public abstract string RecurrenceLine(int count);
}
