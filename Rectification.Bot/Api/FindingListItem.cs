using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Api;

public sealed record FindingListItem(
    int Number,
    string Title,
    FindingStatus Status,
    MeasureCounts Measures,
    string? ResponsibleDepartment,
    DateOnly? Deadline,
    DeadlineKind? DeadlineKind,
    LastUpdate? LastUpdate)
{
    public static FindingListItem From(FindingSummary summary) => new(
        summary.Number,
        summary.Title,
        summary.Status,
        new MeasureCounts(summary.MeasureCount, summary.CompletedMeasureCount),
        summary.ResponsibleDepartment,
        summary.Deadline?.Date,
        summary.Deadline?.Kind,
        summary.LastUpdateAtUtc is { } at ? new LastUpdate(at, summary.LastUpdateBy ?? string.Empty) : null);
}

public sealed record MeasureCounts(int Total, int Completed);

public sealed record LastUpdate(DateTime At, string By);
