namespace Rectification.Domain.Findings;

/// <summary>
/// The evidence gate of sign-off (销号): a leader closes a finding only once each piece of completed work — every
/// completed measure and every completed next step — is backed by evidence (a link or a file), or says why not.
/// </summary>
public sealed partial class Finding
{
    /// <summary>How a sign-off without evidence is described in the history, before the leader's reason (the ledger's language).</summary>
    public const string SignOffWithoutEvidencePrefix = "销号（无佐证）理由：";

    /// <summary>The completed measures and next steps that nothing backs yet, measures first, in order.</summary>
    public IReadOnlyList<WorkWithoutEvidence> CompletedWorkWithoutEvidence()
    {
        var backed = CurrentHistory().Where(e => e.HasEvidence).ToList();
        var measures = _measures.Where(m => m.Status == MeasureStatus.Completed && !backed.Any(e => e.MeasureOrdinal == m.Ordinal))
            .OrderBy(m => m.Ordinal).Select(m => new WorkWithoutEvidence(m.Ordinal, null, m.Text));
        var steps = _nextSteps.Where(s => s.Status == MeasureStatus.Completed && !backed.Any(e => e.NextStepOrdinal == s.Ordinal))
            .OrderBy(s => s.Ordinal).Select(s => new WorkWithoutEvidence(null, s.Ordinal, s.Text));
        return [.. measures, .. steps];
    }

    /// <summary>Every piece of evidence that backs the finding's work, by the measure or next step it backs, oldest first.</summary>
    public IReadOnlyList<WorkEvidence> EvidenceOfWork() =>
        [.. CurrentHistory().Where(e => e.HasEvidence)
            .Select(e => new WorkEvidence(e.MeasureOrdinal, e.NextStepOrdinal, new Evidence(e.EvidenceName, e.EvidenceUrl)))];

    /// <summary>
    /// Refuses a sign-off that lacks evidence and gives no reason; a reason given is recorded with the sign-off instead.
    /// A reason that is only white space is no reason.
    /// </summary>
    private string SignOffDescriptionFor(string? note, string? withoutEvidenceReason)
    {
        if (withoutEvidenceReason is not null)
        {
            if (string.IsNullOrWhiteSpace(withoutEvidenceReason))
            {
                throw new SignOffReasonRequiredException(Number);
            }

            return SignOffWithoutEvidencePrefix + withoutEvidenceReason.Trim();
        }

        if (CompletedWorkWithoutEvidence() is { Count: > 0 } missing)
        {
            throw new SignOffEvidenceMissingException(Number, missing);
        }

        return string.IsNullOrWhiteSpace(note) ? SignOffDescription : note;
    }
}

/// <summary>A completed measure (<paramref name="MeasureOrdinal"/>) or next step (<paramref name="NextStepOrdinal"/>) nothing backs.</summary>
public sealed record WorkWithoutEvidence(int? MeasureOrdinal, int? NextStepOrdinal, string Text);

/// <summary>One piece of evidence and the work it backs (neither ordinal: the finding as a whole).</summary>
public sealed record WorkEvidence(int? MeasureOrdinal, int? NextStepOrdinal, Evidence Evidence);
