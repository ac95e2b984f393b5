using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Cards;

/// <summary>The findings to list, in display order, and the filter that chose them (it names the list).</summary>
public sealed record FindingListCardModel(FindingStatusFilter Filter, IReadOnlyList<FindingListRow> Rows)
{
    /// <summary>
    /// The first form of this model, named by a status (null: all), kept so callers written against it still build;
    /// prefer the filter the rows were queried with. Completed and signed off both mean the Completed filter, which
    /// lists both.
    /// </summary>
    public FindingListCardModel(FindingStatus? shownStatus, IReadOnlyList<FindingListRow> rows)
        : this(FilterFor(shownStatus), rows)
    {
    }

    private static FindingStatusFilter FilterFor(FindingStatus? status) => status switch
    {
        null => FindingStatusFilter.All,
        FindingStatus.InProgress => FindingStatusFilter.Open,
        _ => FindingStatusFilter.Completed,
    };
}
