using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Domain.LedgerFiles;

/// <summary>
/// Checks every row of an imported ledger file against the round's findings and the departments the ledger knows, and
/// gathers what the file changes per finding. A row repeating the ledger's current value changes nothing, so editing
/// one row of a finding with several measures is enough; two rows asking for two different new values are a conflict.
/// </summary>
internal sealed class LedgerRowChecker(IReadOnlyList<Finding> findings, IReadOnlyCollection<string> knownDepartments)
{
    private const int MaxNameLength = 200;
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    private readonly List<LedgerImportProblem> _problems = [];
    private readonly Dictionary<int, FindingChanges> _changes = [];
    private readonly HashSet<LedgerRowKey> _seen = [];

    public LedgerImportPlan Check(LedgerFileTable table)
    {
        foreach (var row in table.Rows)
        {
            CheckRow(row);
        }

        var changes = _changes.OrderBy(c => c.Key).Select(c => c.Value.ToChange(c.Key)).Where(c => c is not null).Select(c => c!).ToList();
        return new LedgerImportPlan(_problems, changes);
    }

    private void CheckRow(LedgerFileRow row)
    {
        var cell = (string column) => row.Cell(IndexOf(column));
        if (FindingOf(row.Number, cell(LedgerColumns.Key)) is not { } finding)
        {
            return;
        }

        if (!string.Equals(cell(LedgerColumns.Problem), finding.Title.Trim(), StringComparison.Ordinal))
        {
            Problem(row.Number, LedgerColumns.Problem, $"does not match finding {finding.Number} ({Shorten(finding.Title)}); is this a file of another round?");
            return;
        }

        var changes = _changes.TryGetValue(finding.Number, out var known) ? known : _changes[finding.Number] = new FindingChanges();
        Take(row.Number, LedgerColumns.Category, Text(row.Number, LedgerColumns.Category, cell(LedgerColumns.Category)), finding.Category, changes.Category);
        Take(row.Number, LedgerColumns.Leader, Text(row.Number, LedgerColumns.Leader, cell(LedgerColumns.Leader)), finding.ResponsibleLeader, changes.Leader);
        Take(row.Number, LedgerColumns.Department, Department(row.Number, cell(LedgerColumns.Department), finding), finding.ResponsibleDepartment, changes.Department);
        TakeDeadline(row, Deadline(row.Number, cell(LedgerColumns.Deadline)), finding, changes);
    }

    /// <summary>
    /// A measure row's 完成时限 is the measure's own deadline when it has one (set in chat or on the command line), else
    /// the finding's: the value the export wrote there.
    /// </summary>
    private void TakeDeadline(LedgerFileRow row, Deadline? deadline, Finding finding, FindingChanges changes)
    {
        var key = LedgerRowKey.Parse(row.Cell(IndexOf(LedgerColumns.Key)))!;
        if (!key.IsNextStep && finding.FindMeasure(key.Ordinal) is { Deadline: { } own })
        {
            if (deadline is not null && !deadline.Repeats(own))
            {
                changes.MeasureDeadlines[key.Ordinal] = deadline;
            }

            return;
        }

        Take(row.Number, LedgerColumns.Deadline, deadline is null || deadline.Repeats(finding.Deadline) ? null : deadline.LedgerText(),
            finding.Deadline?.LedgerText(), changes.Deadline);
    }

    private Finding? FindingOf(int rowNumber, string keyText)
    {
        if (LedgerRowKey.Parse(keyText) is not { } key)
        {
            Problem(rowNumber, LedgerColumns.Key, $"'{keyText}' is not a row key such as 第14项第2条 or 第14项{LedgerColumns.NextStepMarker}1");
            return null;
        }

        if (!_seen.Add(key))
        {
            Problem(rowNumber, LedgerColumns.Key, $"{key} appears twice");
            return null;
        }

        var finding = findings.FirstOrDefault(f => f.Number == key.FindingNumber);
        if (finding is null)
        {
            Problem(rowNumber, LedgerColumns.Key, $"there is no finding {key.FindingNumber} in the current round");
            return null;
        }

        var count = key.IsNextStep ? finding.NextSteps.Count : finding.Measures.Count;
        if (key.Ordinal > count)
        {
            var what = key.IsNextStep ? "next steps" : "measures";
            Problem(rowNumber, LedgerColumns.Key, string.Create(CultureInfo.InvariantCulture, $"finding {finding.Number} has {count} {what}, so {key} is unknown"));
            return null;
        }

        return finding;
    }

    private string? Text(int rowNumber, string column, string value)
    {
        if (value.Length > MaxNameLength)
        {
            Problem(rowNumber, column, string.Create(CultureInfo.InvariantCulture, $"is longer than {MaxNameLength} characters"));
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    private string? Department(int rowNumber, string value, Finding finding)
    {
        if (value.Length == 0 || Person.SameDepartment(value, finding.ResponsibleDepartment))
        {
            return value.Length == 0 ? null : finding.ResponsibleDepartment;
        }

        if (knownDepartments.FirstOrDefault(d => Person.SameDepartment(d, value)) is { } known)
        {
            return known;
        }

        Problem(rowNumber, LedgerColumns.Department, knownDepartments.Count == 0
            ? $"unknown department '{value}': no department is known yet (register its staff with `people add … --department`)"
            : $"unknown department '{value}'; known: {string.Join("、", knownDepartments.Order(StringComparer.Ordinal))}");
        return null;
    }

    private Deadline? Deadline(int rowNumber, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Findings.Deadline.On(date);
        }

        if (Findings.Deadline.ParseLedgerText(value) is { } deadline)
        {
            return deadline;
        }

        Problem(rowNumber, LedgerColumns.Deadline,
            $"'{value}' is not a deadline (write a date such as 2024-09-30, {Findings.Deadline.ImmediatelyWords}, {Findings.Deadline.OngoingWords} or {Findings.Deadline.OngoingWords}（2025-06-30复查）)");
        return null;
    }

    private void Take(int rowNumber, string column, string? value, string? current, ChangedValue change)
    {
        if (value is null || string.Equals(value, current, StringComparison.Ordinal))
        {
            return;
        }

        if (change.Value is { } earlier && !string.Equals(earlier, value, StringComparison.Ordinal))
        {
            Problem(rowNumber, column, string.Create(CultureInfo.InvariantCulture, $"'{value}' contradicts '{earlier}' on row {change.Row} for the same finding"));
            return;
        }

        change.Value = value;
        change.Row = rowNumber;
    }

    private static int IndexOf(string column) => LedgerColumns.Headers.ToList().IndexOf(column);

    private void Problem(int row, string column, string reason) => _problems.Add(new LedgerImportProblem(row, column, reason));

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private sealed class ChangedValue
    {
        public string? Value { get; set; }

        public int Row { get; set; }
    }

    private sealed class FindingChanges
    {
        public ChangedValue Category { get; } = new();

        public ChangedValue Leader { get; } = new();

        public ChangedValue Department { get; } = new();

        public ChangedValue Deadline { get; } = new();

        public Dictionary<int, Deadline> MeasureDeadlines { get; } = [];

        public LedgerAssignmentChange? ToChange(int number) =>
            Category.Value is null && Leader.Value is null && Department.Value is null && Deadline.Value is null && MeasureDeadlines.Count == 0
                ? null
                : new LedgerAssignmentChange(number, Category.Value, Leader.Value, Department.Value,
                    Deadline.Value is { } d ? Findings.Deadline.ParseLedgerText(d) : null, MeasureDeadlines);
    }
}
