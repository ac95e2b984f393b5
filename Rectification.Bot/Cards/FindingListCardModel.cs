using Rectification.Domain.Queries;

namespace Rectification.Bot.Cards;

/// <summary>The findings to list, in display order, and the filter that chose them (it names the list).</summary>
public sealed record FindingListCardModel(FindingStatusFilter Filter, IReadOnlyList<FindingListRow> Rows);
