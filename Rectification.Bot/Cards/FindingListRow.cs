using Rectification.Domain.Findings;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Cards;

/// <summary>One finding as a row of the list and choice cards.</summary>
public sealed record FindingListRow(int Number, string Title, FindingStatus Status)
{
    /// <summary>When both counts are set, the row adds "已完成 2/3".</summary>
    public int? MeasureCount { get; init; }

    public int? CompletedMeasureCount { get; init; }

    /// <summary>When set, the row adds "时限 2024年9月30日" (lists of one department's work).</summary>
    public Deadline? Deadline { get; init; }

    /// <summary>When set and coloured, the row adds its standing on the ladder in its colour: 黄色督办 · 已逾期 3 个工作日.</summary>
    public SupervisionStanding? Supervision { get; init; }
}
