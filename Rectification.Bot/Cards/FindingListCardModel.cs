using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards;

/// <summary>The findings to list, in display order, and the status they were filtered by (null: all).</summary>
public sealed record FindingListCardModel(FindingStatus? StatusFilter, IReadOnlyList<FindingListRow> Rows);
