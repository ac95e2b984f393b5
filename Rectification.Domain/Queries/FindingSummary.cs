using Rectification.Domain.Findings;

namespace Rectification.Domain.Queries;

/// <summary>A finding in a list: enough to choose one, not its whole story.</summary>
public sealed record FindingSummary(
    int Number,
    string Title,
    FindingStatus Status,
    int MeasureCount,
    int CompletedMeasureCount,
    string? ResponsibleDepartment,
    Deadline? Deadline,
    DateTime? LastUpdateAtUtc,
    string? LastUpdateBy);
