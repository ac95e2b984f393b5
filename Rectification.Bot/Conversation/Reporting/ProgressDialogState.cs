using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// The values of a progress dialog, stored as JSON between turns. The "Given" flags say what the opening message
/// already said, so those steps stay skipped even when "back" returns past them.
/// </summary>
public sealed record ProgressDialogState
{
    public int? Finding { get; init; }

    public bool FindingGiven { get; init; }

    public ProgressTarget? Target { get; init; }

    public int? MeasureOrdinal { get; init; }

    public bool MeasureGiven { get; init; }

    /// <summary>The next step (下一步) reported on, when <see cref="Target"/> is <see cref="ProgressTarget.NextStep"/>.</summary>
    public int? NextStepOrdinal { get; init; }

    public string? NewMeasureText { get; init; }

    public MeasureStatus? Status { get; init; }

    public int? Percent { get; init; }

    public bool StatusGiven { get; init; }

    public string? Description { get; init; }

    public bool DescriptionGiven { get; init; }

    public string? EvidenceName { get; init; }

    public string? EvidenceUrl { get; init; }

    public bool EvidenceGiven { get; init; }

    public Evidence? Evidence => EvidenceName is null && EvidenceUrl is null ? null : new Evidence(EvidenceName, EvidenceUrl);

    public ProgressReport ToReport() => new(
        Finding ?? 0,
        Target ?? ProgressTarget.WholeFinding,
        MeasureOrdinal,
        NewMeasureText,
        Target == ProgressTarget.WholeFinding ? null : Status,
        Target == ProgressTarget.WholeFinding ? null : Percent,
        Description ?? string.Empty,
        Evidence,
        Target == ProgressTarget.NextStep ? NextStepOrdinal : null);
}
