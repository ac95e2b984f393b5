using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>The one write path of the three ways to report: a <see cref="ProgressReport"/> into <see cref="ProgressRecorder"/>.</summary>
internal sealed class ProgressReporter(ProgressRecorder recorder)
{
    /// <summary>Records a report whose <see cref="ProgressReport.Problems"/> are none (checked by the caller).</summary>
    public Task<ProgressOutcome> RecordAsync(Actor actor, ProgressReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Problems().Any())
        {
            throw new ArgumentException("The report has problems; check ProgressReport.Problems first.", nameof(report));
        }

        var description = report.Description.Trim();
        return report.Target switch
        {
            ProgressTarget.Measure => recorder.RecordMeasureProgressAsync(
                actor, report.FindingNumber, report.MeasureOrdinal!.Value, report.Status!.Value, Percent(report), description, report.Evidence, cancellationToken),
            ProgressTarget.NextStep => recorder.RecordNextStepProgressAsync(
                actor, report.FindingNumber, report.NextStepOrdinal!.Value, report.Status!.Value, Percent(report), description, report.Evidence, cancellationToken),
            ProgressTarget.NewMeasure => recorder.AddMeasureAsync(
                actor, report.FindingNumber, report.NewMeasureText!.Trim(), report.Status!.Value, Percent(report), description, report.Evidence, cancellationToken),
            _ => recorder.RecordFindingProgressAsync(actor, report.FindingNumber, description, report.Evidence, cancellationToken),
        };
    }

    private static int? Percent(ProgressReport report) => report.Status switch
    {
        MeasureStatus.Completed => 100,
        MeasureStatus.NotStarted => report.Percent ?? 0,
        _ => report.Percent,
    };
}
