namespace Rectification.Domain.Findings;

/// <summary>The measure state a correction puts right (the status and percentage the entry should have said).</summary>
public sealed record MeasureCorrection(MeasureStatus Status, int? Percent);
