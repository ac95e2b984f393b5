namespace Rectification.Domain.Progress;

/// <summary>Why a report cannot be saved as it is; phrased by the localization (Texts.ReportProblem).</summary>
public enum ReportProblem
{
    MeasureMissing,
    NewMeasureTextMissing,
    NewMeasureTextTooLong,
    StatusMissing,
    PercentOutOfRange,
    PercentDisagreesWithStatus,

    /// <summary>The description states a status (已完成, "not done yet") other than the one chosen.</summary>
    DescriptionDisagreesWithStatus,
    DescriptionMissing,
    DescriptionTooLong,
    EvidenceTooLong,
}
