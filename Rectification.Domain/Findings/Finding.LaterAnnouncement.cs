namespace Rectification.Domain.Findings;

public sealed partial class Finding
{
    /// <summary>
    /// What a later announcement of the same inspection says of one of this finding's measures, applied as a new entry
    /// authored by the announcement: the measure takes the announced status when it differs and no person has reported
    /// on the measure (what people reported is never overwritten by a document that lags behind them); a measure the
    /// finding does not have yet is added. A signed-off finding is left alone.
    /// </summary>
    /// <returns>The entry, or null when the announcement changes nothing here.</returns>
    public ProgressEntry? ApplyLaterAnnouncement(int measureOrdinal, string measureText, MeasureStatus announced, ProgressAuthor publisher, DateTime announcedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        if (Status == FindingStatus.SignedOff)
        {
            return null;
        }

        if (FindMeasure(measureOrdinal) is not { } measure)
        {
            return measureOrdinal == _measures.Count + 1
                ? AddMeasureFromReport(measureText, announced, null, null, publisher, announcedAtUtc)
                : null;
        }

        if (measure.Status == announced || IsReportedByPeople(measureOrdinal))
        {
            return null;
        }

        return RecordMeasureProgress(measureOrdinal, announced, null, measureText, publisher, announcedAtUtc);
    }

    private bool IsReportedByPeople(int measureOrdinal) =>
        _history.Any(e => e.MeasureOrdinal == measureOrdinal && e.Source is ProgressSource.Chat or ProgressSource.Administration);
}
