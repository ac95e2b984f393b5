namespace Rectification.Domain.Findings;

/// <summary>
/// Next steps (下一步) as work: reported like a measure, and part of what makes a finding complete.
/// </summary>
public sealed partial class Finding
{
    public NextStep? FindNextStep(int ordinal) => _nextSteps.FirstOrDefault(s => s.Ordinal == ordinal);

    /// <summary>
    /// Records progress on one next step: it takes the new status, the finding's status follows (completed, awaiting
    /// sign-off, only once every measure and every next step is done), and the history gains one entry.
    /// </summary>
    public ProgressEntry RecordNextStepProgress(
        int stepOrdinal,
        MeasureStatus status,
        int? percent,
        string description,
        ProgressAuthor author,
        DateTime atUtc,
        Evidence? evidence = null)
    {
        EnsureNotSignedOff();
        var step = FindNextStep(stepOrdinal) ?? throw new NextStepNotFoundException(Number, stepOrdinal, _nextSteps.Count);
        return RecordWork(description, author, atUtc, evidence, entry =>
        {
            var before = step.Status;
            var percentBefore = step.PercentComplete;
            step.Change(status, percent);
            entry.DescribeNextStepChange(step, before, percentBefore);
        });
    }

    /// <summary>The next steps not yet completed, by ordinal.</summary>
    public IReadOnlyList<int> OpenNextStepOrdinals() =>
        _nextSteps.Where(s => s.Status != MeasureStatus.Completed).OrderBy(s => s.Ordinal).Select(s => s.Ordinal).ToList();

    /// <summary>One progress entry about one piece of work (a measure or a next step); the finding's status follows the work.</summary>
    private ProgressEntry RecordWork(string description, ProgressAuthor author, DateTime atUtc, Evidence? evidence, Action<ProgressEntry> change)
    {
        var entry = new ProgressEntry(this, ProgressEntryKind.Progress, author, atUtc, description);
        change(entry);
        entry.AttachEvidence(evidence);
        SetStatus(StatusFromWork());
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>Completed when it has measures and every measure and every next step is done; otherwise in progress.</summary>
    private FindingStatus StatusFromWork() =>
        _measures.Count > 0 && _measures.All(m => m.Status == MeasureStatus.Completed) && _nextSteps.All(s => s.Status == MeasureStatus.Completed)
            ? FindingStatus.Completed
            : FindingStatus.InProgress;

    /// <summary>A correction puts the work the original entry was about (a measure or a next step) back to the corrected state.</summary>
    private void CorrectWork(ProgressEntry original, ProgressEntry correction, MeasureCorrection? corrected)
    {
        if (original.MeasureOrdinal is { } ordinal)
        {
            var measure = FindMeasure(ordinal) ?? throw new MeasureNotFoundException(Number, ordinal, _measures.Count);
            var before = measure.Status;
            var percentBefore = measure.PercentComplete;
            if (corrected is not null)
            {
                measure.Change(corrected.Status, corrected.Percent);
            }

            correction.DescribeMeasureChange(measure, before, percentBefore);
        }
        else if (original.NextStepOrdinal is { } stepOrdinal)
        {
            var step = FindNextStep(stepOrdinal) ?? throw new NextStepNotFoundException(Number, stepOrdinal, _nextSteps.Count);
            var before = step.Status;
            var percentBefore = step.PercentComplete;
            if (corrected is not null)
            {
                step.Change(corrected.Status, corrected.Percent);
            }

            correction.DescribeNextStepChange(step, before, percentBefore);
        }
        else
        {
            correction.DescribeFindingPercent(PercentComplete, PercentComplete);
        }
    }
}
