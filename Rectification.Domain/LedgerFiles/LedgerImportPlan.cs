namespace Rectification.Domain.LedgerFiles;

/// <summary>Why one cell of an imported file cannot be taken: the row number the file shows, the column's header, the reason.</summary>
public sealed record LedgerImportProblem(int Row, string Column, string Reason)
{
    public override string ToString() => $"row {Row}, {Column}: {Reason}";
}

/// <summary>
/// What a file changes about one finding; a null field is left as it is. <paramref name="MeasureDeadlines"/> are the
/// new deadlines of measures that have their own (by ordinal).
/// </summary>
public sealed record LedgerAssignmentChange(
    int FindingNumber, string? Category, string? Leader, string? Department, Findings.Deadline? Deadline,
    IReadOnlyDictionary<int, Findings.Deadline> MeasureDeadlines);

/// <summary>A checked file: every problem found, and the changes it makes when it has none.</summary>
public sealed record LedgerImportPlan(IReadOnlyList<LedgerImportProblem> Problems, IReadOnlyList<LedgerAssignmentChange> Changes)
{
    public bool CanApply => Problems.Count == 0;
}

/// <summary>What an import did: checked only, applied, or refused because the ledger changed while it was applied.</summary>
public enum LedgerImportOutcome
{
    Refused,
    Checked,
    Applied,
    ChangedMeanwhile,
}

public sealed record LedgerImportResult(LedgerImportOutcome Outcome, LedgerImportPlan Plan);
