using Rectification.Domain.Supervision;

namespace Rectification.Bot.Cards.Supervision;

/// <summary>
/// The findings a supervision question chose, each row carrying its standing, and what the colours mean (the
/// thresholds in working days), so the card can say so.
/// </summary>
public sealed record SupervisionListCardModel(SupervisionFilter Filter, IReadOnlyList<FindingListRow> Rows, SupervisionThresholds Thresholds)
{
    /// <summary>The N of <see cref="SupervisionFilter.DueWithin"/>.</summary>
    public int? WithinWorkingDays { get; init; }
}
