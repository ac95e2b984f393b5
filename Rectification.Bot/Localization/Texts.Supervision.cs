using Rectification.Domain.Supervision;

namespace Rectification.Bot.Localization;

/// <summary>三色督办: the colours, a finding's standing on the ladder, the supervision list.</summary>
public abstract partial class Texts
{
    /// <summary>蓝色督办 / Blue: due soon.</summary>
    public abstract string SupervisionColourName(SupervisionColour colour);

    /// <summary>Where a finding stands: "红色督办 · 已逾期 12 个工作日"; null for a finding without a colour.</summary>
    public string? SupervisionLine(SupervisionStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        if (standing.Colour == SupervisionColour.None)
        {
            return null;
        }

        var parts = new List<string> { SupervisionColourName(standing.Colour) };
        if (standing.Reopened)
        {
            parts.Add(SupervisionReopened);
        }

        if (standing.WorkingDaysLeft is { } left)
        {
            parts.Add(left < 0 ? WorkingDaysOverdue(-left) : left == 0 ? DueToday : WorkingDaysLeft(left));
        }

        return string.Join(" · ", parts);
    }

    public abstract string SupervisionReopened { get; }

    /// <summary>The ledger table's column: 督办 / Supervision.</summary>
    public abstract string SupervisionLabel { get; }

    public abstract string DueToday { get; }

    /// <summary>距时限还有 2 个工作日 / 2 working days left.</summary>
    public abstract string WorkingDaysLeft(int days);

    /// <summary>已逾期 3 个工作日 / 3 working days overdue.</summary>
    public abstract string WorkingDaysOverdue(int days);

    /// <summary>督办清单（5） / 逾期问题（3） / 3 个工作日内到期（含逾期）（4）.</summary>
    public abstract string SupervisionListTitle(SupervisionFilter scope, int? workingDays, int count);

    /// <summary>The line under the title: the thresholds the colours mean, in working days.</summary>
    public abstract string SupervisionLegend(int blueWithin, int redAfter);

    /// <summary>One colour's heading within the list: 红色督办（2）.</summary>
    public string SupervisionSectionHeading(SupervisionColour colour, int count) => SupervisionCount(SupervisionColourName(colour), count);

    /// <summary>"{name}（{count}）" / "{name} ({count})".</summary>
    protected abstract string SupervisionCount(string name, int count);

    /// <summary>Nothing matches the question: 目前没有逾期的问题.</summary>
    public abstract string SupervisionListEmpty(SupervisionFilter scope, int? workingDays);
}
