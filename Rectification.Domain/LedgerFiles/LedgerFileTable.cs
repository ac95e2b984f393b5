namespace Rectification.Domain.LedgerFiles;

/// <summary>A ledger file read back as text: its header and its rows, each with the row number the file shows.</summary>
public sealed record LedgerFileTable(IReadOnlyList<string> Headers, IReadOnlyList<LedgerFileRow> Rows);

/// <summary>One row of an imported file; <see cref="Cell"/> reads a column by its header.</summary>
public sealed record LedgerFileRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column].Trim() : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>The file is not a ledger file of this layout (another spreadsheet, another format, a damaged file).</summary>
public sealed class LedgerFileShapeException(string message, Exception? inner = null) : Exception(message, inner);
