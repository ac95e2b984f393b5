namespace Rectification.Domain.Progress;

/// <summary>Why a statement cannot be used as it is; each is asked about, never guessed.</summary>
public enum ProgressStatementProblem
{
    None,

    /// <summary>Two statuses that disagree (已完成 … 推进中), or "not started" with progress (未开始 60%).</summary>
    Contradictory,

    /// <summary>Two different percentages (60% … 80%).</summary>
    TwoPercentages,

    /// <summary>A percentage above 100.</summary>
    PercentOutOfRange,
}
