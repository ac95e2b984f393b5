using Rectification.Domain.Progress;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>What a report is about: one measure, the finding as a whole, a measure the announcement did not list, or a next step (下一步).</summary>
public enum ProgressTarget
{
    Measure,
    WholeFinding,
    NewMeasure,
    NextStep,
}

/// <summary>
/// One progress report, however it was made (guided dialog, one-message update, card form): the single command
/// all three hand to <see cref="ProgressReporter"/>. <see cref="Problems"/> checks the input the ledger would
/// otherwise refuse with an exception.
/// </summary>
public sealed record ProgressReport(
    int FindingNumber,
    ProgressTarget Target,
    int? MeasureOrdinal,
    string? NewMeasureText,
    MeasureStatus? Status,
    int? Percent,
    string Description,
    Evidence? Evidence,
    int? NextStepOrdinal = null)
{
    public IEnumerable<ReportProblem> Problems()
    {
        if (Target == ProgressTarget.Measure && MeasureOrdinal is null or < 1)
        {
            yield return ReportProblem.MeasureMissing;
        }

        if (Target == ProgressTarget.NextStep && NextStepOrdinal is null or < 1)
        {
            yield return ReportProblem.MeasureMissing;
        }

        if (Target == ProgressTarget.NewMeasure && string.IsNullOrWhiteSpace(NewMeasureText))
        {
            yield return ReportProblem.NewMeasureTextMissing;
        }

        if (NewMeasureText?.Trim().Length > Measure.MaxTextLength)
        {
            yield return ReportProblem.NewMeasureTextTooLong;
        }

        if (Target != ProgressTarget.WholeFinding && Status is null)
        {
            yield return ReportProblem.StatusMissing;
        }

        if (Percent is < 0 or > 100)
        {
            yield return ReportProblem.PercentOutOfRange;
        }
        else if (Target != ProgressTarget.WholeFinding && Status is { } status && !MeasureProgressRules.Agree(status, Percent))
        {
            yield return ReportProblem.PercentDisagreesWithStatus;
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            yield return ReportProblem.DescriptionMissing;
        }
        else if (Description.Trim().Length > ProgressEntry.MaxDescriptionLength)
        {
            yield return ReportProblem.DescriptionTooLong;
        }

        if (Evidence?.Name?.Trim().Length > Evidence.MaxNameLength || Evidence?.Url?.Trim().Length > Evidence.MaxUrlLength)
        {
            yield return ReportProblem.EvidenceTooLong;
        }
    }
}
