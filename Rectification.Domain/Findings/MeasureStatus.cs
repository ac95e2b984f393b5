namespace Rectification.Domain.Findings;

/// <summary>Where one rectification measure stands. Stored as its name.</summary>
public enum MeasureStatus
{
    NotStarted,
    InProgress,
    Completed,
}
