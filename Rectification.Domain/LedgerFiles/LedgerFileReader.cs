using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectification.Domain.LedgerFiles;

/// <summary>
/// Reads the ledger sheet of an .xlsx workbook (the sheet named 整改台账) or a .csv file as text cells. A date cell of
/// the workbook is read as its date (yyyy-MM-dd), whatever its number format; the layout itself is checked here.
/// </summary>
public static class LedgerFileReader
{
    public static LedgerFileTable Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var table = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => ReadWorkbook(path),
            ".csv" => ReadCsv(path),
            var other => throw new LedgerFileShapeException($"{Path.GetFileName(path)} is not a ledger file: .xlsx or .csv is read, not '{other}'."),
        };
        CheckHeaders(Path.GetFileName(path), table.Headers);
        return table;
    }

    private static void CheckHeaders(string name, IReadOnlyList<string> headers)
    {
        var found = headers.Select(h => h.Trim()).ToList();
        while (found.Count > 0 && found[^1].Length == 0)
        {
            found.RemoveAt(found.Count - 1);
        }

        if (!found.SequenceEqual(LedgerColumns.Headers, StringComparer.Ordinal))
        {
            throw new LedgerFileShapeException(
                $"{name} is not a {LedgerColumns.LedgerSheet} of this layout: its first row should be the columns "
                + $"{string.Join("、", LedgerColumns.Headers)}, but it is {(found.Count == 0 ? "empty" : string.Join("、", found))}.");
        }
    }

    private static LedgerFileTable ReadCsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null });
        var rows = new List<LedgerFileRow>();
        while (csv.Read())
        {
            rows.Add(new LedgerFileRow(csv.Parser.Row, Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i) ?? string.Empty).ToList()));
        }

        return rows.Count == 0 ? new LedgerFileTable([], []) : new LedgerFileTable(rows[0].Cells, rows.Skip(1).Where(r => !r.IsBlank).ToList());
    }

    private static LedgerFileTable ReadWorkbook(string path)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception error) when (error is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new LedgerFileShapeException($"{Path.GetFileName(path)} is not a readable .xlsx workbook ({error.Message}).", error);
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new LedgerFileShapeException($"{Path.GetFileName(path)} holds no workbook.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == LedgerColumns.LedgerSheet)
                ?? throw new LedgerFileShapeException($"{Path.GetFileName(path)} has no sheet named {LedgerColumns.LedgerSheet}.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var dateStyles = DateStyleIndexes(workbook);
            var rows = part.Worksheet.Descendants<Row>().Select(row => new LedgerFileRow(
                (int)(row.RowIndex?.Value ?? 0),
                Cells(row, shared, dateStyles))).ToList();
            return rows.Count == 0 ? new LedgerFileTable([], []) : new LedgerFileTable(rows[0].Cells, rows.Skip(1).Where(r => !r.IsBlank).ToList());
        }
    }

    private static List<string> Cells(Row row, List<string> shared, HashSet<uint> dateStyles)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count < column)
            {
                cells.Add(string.Empty);
            }

            cells.Add(Text(cell, shared, dateStyles));
        }

        return cells;
    }

    private static string Text(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The cell formats that show a number as a date: the built-in date formats 14–22 and custom ones with y/m/d.</summary>
    private static HashSet<uint> DateStyleIndexes(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Contains('y', StringComparison.OrdinalIgnoreCase) && code.Contains('d', StringComparison.OrdinalIgnoreCase))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return Enumerable.Range(0, formats.Count)
            .Where(i => formats[i].NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 || custom.Contains(id)))
            .Select(i => (uint)i).ToHashSet();
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var letter in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return index - 1;
    }
}
