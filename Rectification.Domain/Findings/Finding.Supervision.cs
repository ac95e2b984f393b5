using Rectification.Domain.Supervision;

namespace Rectification.Domain.Findings;

public sealed partial class Finding
{
    /// <summary>
    /// The deadline the ladder chases: the most pressing of the finding's own and those of its open measures — the
    /// earliest due day; when all of them are 长期坚持, the earliest review date.
    /// </summary>
    public Deadline? SupervisedDeadline() =>
        _measures.Where(m => m.Status != MeasureStatus.Completed).Select(m => m.Deadline).Append(Deadline)
            .OfType<Deadline>()
            .OrderBy(d => d.CanBeOverdue ? 0 : 1).ThenBy(d => d.ChaseOn ?? DateOnly.MaxValue)
            .FirstOrDefault();

    /// <summary>The colour the history last recorded for the finding on the ladder; none before any escalation.</summary>
    public SupervisionColour RecordedSupervisionColour() =>
        _history.Where(e => e.Kind == ProgressEntryKind.SupervisionChange)
            .MaxBy(e => (e.RecordedAtUtc, e.Id))?.SupervisionColour ?? SupervisionColour.None;

    /// <summary>
    /// Records the finding's colour on the ladder when it differs from the one last recorded (留痕): an escalation
    /// (blue → yellow → red) or a colour taken anew after the finding left the ladder. Leaving the ladder (done, or a
    /// later deadline) is not an escalation and records nothing; the next colour it takes is recorded again. The
    /// description is written in the ledger's language. Null when nothing changed.
    /// </summary>
    public ProgressEntry? RecordSupervision(SupervisionStanding standing, ProgressAuthor author, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(standing);
        if (standing.Colour == SupervisionColour.None || Status != FindingStatus.InProgress)
        {
            return null;
        }

        var last = _history.Where(e => e.Kind == ProgressEntryKind.SupervisionChange).MaxBy(e => (e.RecordedAtUtc, e.Id));
        var leftLadderSince = last is not null && _history.Any(e => (e.RecordedAtUtc, e.Id).CompareTo((last.RecordedAtUtc, last.Id)) > 0
            && e.Kind is ProgressEntryKind.SignOff or ProgressEntryKind.Assignment or ProgressEntryKind.Reopen);
        if (last?.SupervisionColour == standing.Colour && !leftLadderSince)
        {
            return null;
        }

        var entry = new ProgressEntry(this, ProgressEntryKind.SupervisionChange, author, atUtc, Describe(standing));
        entry.DescribeFindingPercent(PercentComplete, PercentComplete);
        entry.DescribeSupervision(standing.Colour);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    private static string Describe(SupervisionStanding standing)
    {
        var colour = standing.Colour switch
        {
            SupervisionColour.Blue => "蓝色督办",
            SupervisionColour.Yellow => "黄色督办",
            _ => "红色督办",
        };
        var reason = standing switch
        {
            { Reopened: true } => "问题重新打开",
            { WorkingDaysOverdue: { } overdue } => $"已逾期 {overdue} 个工作日",
            { Deadline.Kind: DeadlineKind.Immediately } => "立行立改",
            { WorkingDaysLeft: 0 } => "今天到期",
            { WorkingDaysLeft: { } left } => $"距时限还有 {left} 个工作日",
            _ => "无完成时限",
        };
        return $"列入{colour}：{reason}";
    }
}
