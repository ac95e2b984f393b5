namespace Rectification.Domain.Findings;

/// <summary>A change the ledger's rules refuse. The message is for logs; channels phrase it for people.</summary>
public abstract class FindingRuleException(string message) : InvalidOperationException(message);

public sealed class FindingClosedException(int findingNumber)
    : FindingRuleException($"Finding {findingNumber} is signed off; reopen it before reporting progress.")
{
    public int FindingNumber { get; } = findingNumber;
}

public sealed class MeasureNotFoundException(int findingNumber, int measureOrdinal, int measureCount)
    : FindingRuleException($"Finding {findingNumber} has no measure {measureOrdinal}; it has {measureCount}.")
{
    public int FindingNumber { get; } = findingNumber;

    public int MeasureOrdinal { get; } = measureOrdinal;

    public int MeasureCount { get; } = measureCount;
}

/// <summary>Sign-off asked for while measures or next steps are still open.</summary>
public sealed class FindingNotCompletedException(int findingNumber, IReadOnlyList<int> openMeasureOrdinals, IReadOnlyList<int>? openNextStepOrdinals = null)
    : FindingRuleException($"Finding {findingNumber} is not completed; open measures: {string.Join(", ", openMeasureOrdinals)}; open next steps: {string.Join(", ", openNextStepOrdinals ?? [])}.")
{
    public int FindingNumber { get; } = findingNumber;

    /// <summary>The measures not yet completed (empty when the finding has no measures, or was reopened with all of them done).</summary>
    public IReadOnlyList<int> OpenMeasureOrdinals { get; } = openMeasureOrdinals;

    /// <summary>The next steps (下一步) not yet completed.</summary>
    public IReadOnlyList<int> OpenNextStepOrdinals { get; } = openNextStepOrdinals ?? [];
}

public sealed class NextStepNotFoundException(int findingNumber, int stepOrdinal, int stepCount)
    : FindingRuleException($"Finding {findingNumber} has no next step {stepOrdinal}; it has {stepCount}.")
{
    public int FindingNumber { get; } = findingNumber;

    public int StepOrdinal { get; } = stepOrdinal;

    public int StepCount { get; } = stepCount;
}

/// <summary>Sign-off asked for on a finding that is already signed off.</summary>
public sealed class FindingAlreadySignedOffException(int findingNumber)
    : FindingRuleException($"Finding {findingNumber} is already signed off.")
{
    public int FindingNumber { get; } = findingNumber;
}

/// <summary>Reopening asked for on a finding that is still in progress.</summary>
public sealed class FindingAlreadyOpenException(int findingNumber)
    : FindingRuleException($"Finding {findingNumber} is in progress; only a completed or signed-off finding can be reopened.")
{
    public int FindingNumber { get; } = findingNumber;
}

/// <summary>Reopening asked for without saying why.</summary>
public sealed class ReopenReasonRequiredException(int findingNumber)
    : FindingRuleException($"Reopening finding {findingNumber} needs a reason.")
{
    public int FindingNumber { get; } = findingNumber;
}

/// <summary>A correction names an entry this finding's history does not have.</summary>
public sealed class EntryNotFoundException(int findingNumber, long entryId)
    : FindingRuleException($"Finding {findingNumber} has no history entry {entryId}.")
{
    public int FindingNumber { get; } = findingNumber;

    public long EntryId { get; } = entryId;
}

/// <summary>A correction names an entry that a later correction already supersedes: correct that one instead.</summary>
public sealed class EntryAlreadySupersededException(int findingNumber, long entryId, long supersedingEntryId)
    : FindingRuleException($"Entry {entryId} of finding {findingNumber} is already superseded by entry {supersedingEntryId}.")
{
    public int FindingNumber { get; } = findingNumber;

    public long EntryId { get; } = entryId;

    public long SupersedingEntryId { get; } = supersedingEntryId;
}

/// <summary>Sign-offs, reopenings and assignments are not corrected: they are undone by the opposite act.</summary>
public sealed class EntryNotCorrectableException(int findingNumber, long entryId, ProgressEntryKind kind)
    : FindingRuleException($"Entry {entryId} of finding {findingNumber} is a {kind} entry, which cannot be corrected.")
{
    public int FindingNumber { get; } = findingNumber;

    public long EntryId { get; } = entryId;

    public ProgressEntryKind Kind { get; } = kind;
}

/// <summary>A correction gives a measure state for an entry that is about no measure.</summary>
public sealed class CorrectionNotApplicableException(int findingNumber, long entryId)
    : FindingRuleException($"Entry {entryId} of finding {findingNumber} is about no measure; only its text can be corrected.")
{
    public int FindingNumber { get; } = findingNumber;

    public long EntryId { get; } = entryId;
}

/// <summary>Evidence sent for a finding (or a measure) whose history has no entry it could back.</summary>
public sealed class NoEntryToBackException(int findingNumber, int? measureOrdinal)
    : FindingRuleException($"Finding {findingNumber} has no entry{(measureOrdinal is null ? string.Empty : $" about measure {measureOrdinal}")} that evidence could back.")
{
    public int FindingNumber { get; } = findingNumber;

    public int? MeasureOrdinal { get; } = measureOrdinal;
}

/// <summary>A correction of a measure, next step or finding nobody has reported on yet: there is no entry to correct.</summary>
public sealed class NoEntryToCorrectException(int findingNumber, int? measureOrdinal, int? nextStepOrdinal)
    : FindingRuleException($"Finding {findingNumber} has no report{(measureOrdinal is null ? string.Empty : $" on measure {measureOrdinal}")}{(nextStepOrdinal is null ? string.Empty : $" on next step {nextStepOrdinal}")} to correct.")
{
    public int FindingNumber { get; } = findingNumber;

    public int? MeasureOrdinal { get; } = measureOrdinal;

    public int? NextStepOrdinal { get; } = nextStepOrdinal;
}

/// <summary>An assignment that names neither department, leader, deadline nor category.</summary>
public sealed class AssignmentEmptyException(int findingNumber)
    : FindingRuleException($"An assignment of finding {findingNumber} must name a department, a leader, a deadline or a category.")
{
    public int FindingNumber { get; } = findingNumber;
}

/// <summary>Sign-off asked for while completed measures or next steps have no evidence, and no reason given.</summary>
public sealed class SignOffEvidenceMissingException(int findingNumber, IReadOnlyList<WorkWithoutEvidence> missing)
    : FindingRuleException($"Finding {findingNumber} has completed work without evidence: {string.Join(", ", missing.Select(w => w.MeasureOrdinal?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"next step {w.NextStepOrdinal}"))}.")
{
    public int FindingNumber { get; } = findingNumber;

    /// <summary>The completed work nothing backs, measures first.</summary>
    public IReadOnlyList<WorkWithoutEvidence> Missing { get; } = missing;
}

/// <summary>A sign-off without evidence asked for without saying why.</summary>
public sealed class SignOffReasonRequiredException(int findingNumber)
    : FindingRuleException($"Finding {findingNumber} can be signed off without evidence only with a reason.")
{
    public int FindingNumber { get; } = findingNumber;
}
