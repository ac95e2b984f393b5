namespace Rectification.Domain.Findings;

public sealed partial class Finding
{
    /// <summary>Records, once, what the announcement reported for this finding at seeding time.</summary>
    public ProgressEntry RecordAnnounced(ProgressAuthor publisher, DateTime announcedAtUtc, string summary)
    {
        var entry = new ProgressEntry(this, ProgressEntryKind.Announced, publisher, announcedAtUtc, summary);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// Records progress on one measure: the measure takes the new status, the finding's status follows
    /// (completed, awaiting sign-off, once every measure is done), and the history gains one entry.
    /// </summary>
    public ProgressEntry RecordMeasureProgress(
        int measureOrdinal,
        MeasureStatus status,
        int? percent,
        string description,
        ProgressAuthor author,
        DateTime atUtc)
    {
        if (Status == FindingStatus.SignedOff)
        {
            throw new FindingClosedException(Number);
        }

        var measure = FindMeasure(measureOrdinal) ?? throw new MeasureNotFoundException(Number, measureOrdinal, _measures.Count);
        var entry = new ProgressEntry(this, ProgressEntryKind.Progress, author, atUtc, description);
        var before = measure.Status;
        var percentBefore = measure.PercentComplete;
        measure.Change(status, percent);
        entry.DescribeMeasureChange(measure, before, percentBefore);
        SetStatus(_measures.All(m => m.Status == MeasureStatus.Completed) ? FindingStatus.Completed : FindingStatus.InProgress);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }
}
