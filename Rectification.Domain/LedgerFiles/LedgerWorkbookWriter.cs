using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectification.Domain.LedgerFiles;

/// <summary>
/// Writes ledger sheets as an .xlsx workbook with the Open XML SDK: a bold, frozen header row, the columns' widths,
/// wrapped text, dates as date numbers with a date format (so Excel sorts and filters them as dates) and rates as
/// percentages.
/// </summary>
public static class LedgerWorkbookWriter
{
    // Indexes into the cell formats of Styles(): the order there is the contract.
    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;
    private const uint DateStyle = 3;
    private const uint DateTimeStyle = 4;
    private const uint PercentStyle = 5;
    private const uint NumberStyle = 6;
    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;

    public static void Write(Stream output, IReadOnlyList<LedgerSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheetList = workbook.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet);
            sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
        }

        workbook.Workbook.Save();
    }

    private static Worksheet Worksheet(LedgerSheet sheet)
    {
        var frozenHeader = new SheetView { TabSelected = false, WorkbookViewId = 0 };
        frozenHeader.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        frozenHeader.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });

        var columns = new Columns(sheet.Columns.Select((column, i) =>
            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = column.Width, CustomWidth = true }));

        var data = new SheetData();
        data.Append(RowOf(1, sheet.Columns.Select(c => TextCellOf(c.Header, HeaderStyle)).ToList()));
        uint rowIndex = 2;
        foreach (var row in sheet.Rows)
        {
            data.Append(RowOf(rowIndex++, row.Select(CellOf).ToList()));
        }

        var lastColumn = ColumnName(sheet.Columns.Count - 1);
        return new Worksheet(
            new SheetViews(frozenHeader),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{Math.Max(1, sheet.Rows.Count + 1)}" });
    }

    private static Row RowOf(uint index, List<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].CellReference = ColumnName(i) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            row.Append(cells[i]);
        }

        return row;
    }

    private static Cell CellOf(LedgerCell cell) => cell switch
    {
        TextCell text => TextCellOf(text.Text, TextStyle),
        NumberCell number => NumberCellOf(number.Value, NumberStyle),
        PercentCell percent => NumberCellOf(percent.Fraction, PercentStyle),
        DateCell { Date: { } date } => NumberCellOf(date.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle),
        DateCell => new Cell { StyleIndex = DateStyle },
        DateTimeCell time => NumberCellOf(time.Local.ToOADate(), DateTimeStyle),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name, "No layout for this cell."),
    };

    private static Cell TextCellOf(string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static Cell NumberCellOf(double value, uint style) =>
        new(new CellValue(value)) { DataType = CellValues.Number, StyleIndex = style };

    /// <summary>A, B, … Z, AA, AB… for a zero-based column index.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 2 },
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(Aligned(wrap: true)) { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(Aligned(wrap: true)) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat(Aligned(wrap: false)) { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(Aligned(wrap: false)) { NumberFormatId = DateTimeFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(Aligned(wrap: false)) { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(Aligned(wrap: false)) { NumberFormatId = 1, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true }) { Count = 7 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Alignment Aligned(bool wrap) => new() { Vertical = VerticalAlignmentValues.Top, WrapText = wrap };
}
