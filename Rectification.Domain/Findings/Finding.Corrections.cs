namespace Rectification.Domain.Findings;

public sealed partial class Finding
{
    /// <summary>
    /// The entry "更正第14项第3条：…" corrects: the latest current entry that reported on that measure (or next step; with
    /// neither, on the finding as a whole) — a report, a new measure or an earlier correction. Null when there is none.
    /// </summary>
    public ProgressEntry? CorrectionTarget(int? measureOrdinal, int? nextStepOrdinal) =>
        CurrentHistory().LastOrDefault(e => e.Kind is ProgressEntryKind.Progress or ProgressEntryKind.MeasureAdded or ProgressEntryKind.Correction
            && e.MeasureOrdinal == measureOrdinal && e.NextStepOrdinal == nextStepOrdinal);

    /// <summary>Corrects <see cref="CorrectionTarget"/>; refused when nobody has reported on that work yet.</summary>
    public ProgressEntry CorrectLatest(
        int? measureOrdinal, int? nextStepOrdinal, string description, ProgressAuthor author, DateTime atUtc, MeasureCorrection? measure = null)
    {
        var target = CorrectionTarget(measureOrdinal, nextStepOrdinal) ?? throw new NoEntryToCorrectException(Number, measureOrdinal, nextStepOrdinal);
        return Correct(target.Id, description, author, atUtc, measure);
    }
}
