using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Administration;
using Rectification.Domain.Findings;
using Rectification.Domain.LedgerFiles;
using Rectification.Tests.Administration;

namespace Rectification.Tests.LedgerFiles;

public sealed class LedgerImportTests
{
    private static readonly int DeadlineColumn = LedgerColumns.Headers.ToList().IndexOf(LedgerColumns.Deadline);
    private static readonly int DepartmentColumn = LedgerColumns.Headers.ToList().IndexOf(LedgerColumns.Department);

    [Fact]
    public async Task AnExportedWorkbookWithOneDeadlineEditedChangesExactlyThatDeadlineAndRecordsItUnderTheFilesName()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("台账-6月.xlsx");
        await host.RunAsync("export", "--format", "xlsx", "--out", file);
        SetWorkbookCell(file, "第14项第2条", "H", new DateOnly(2024, 10, 31).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
        var before = await Snapshot(host);

        var run = await host.RunAsync("import-ledger", file);

        Assert.True(ExitCodes.Success == run.ExitCode, run.Error);
        Assert.Contains("1 findings changed", run.Output, StringComparison.Ordinal);
        var after = await Snapshot(host);
        Assert.Equal(before.Where(f => f.Key != 14), after.Where(f => f.Key != 14));
        Assert.Equal(before[14] with { Deadline = new DateOnly(2024, 10, 31), Entries = before[14].Entries + 1 }, after[14]);
        var entry = (await host.FindingAsync(14)).History.MaxBy(e => e.Id)!;
        Assert.Equal((ProgressEntryKind.Assignment, ProgressSource.LedgerFile, "台账-6月.xlsx"), (entry.Kind, entry.Source, entry.AuthorName));
        Assert.Equal("完成时限：- → 2024-10-31", entry.Description);
    }

    [Fact]
    public async Task AnEditedCsvSetsLeaderDepartmentAndCategoryThroughTheSameRules()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("people", "add", "--id", "u1", "--name", "李四", "--role", "staff", "--department", "综合处");
        var file = host.TemporaryFile("ledger.csv");
        await host.RunAsync("export", "--format", "csv", "--out", file);
        var table = LedgerFileReader.Read(file);
        WriteCsv(file, table, ("第13项第1条", LedgerColumns.Department, "综合处"), ("第13项第1条", LedgerColumns.Leader, "张三"), ("第13项第1条", LedgerColumns.Category, "作风建设"));

        var run = await host.RunAsync("import-ledger", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var finding = await host.FindingAsync(13);
        Assert.Equal(("综合处", "张三", "作风建设"), (finding.ResponsibleDepartment, finding.ResponsibleLeader, finding.Category));
        Assert.Single(finding.History, e => e.Source == ProgressSource.LedgerFile);
    }

    [Fact]
    public async Task EveryBadRowIsReportedByRowColumnAndReasonAndNothingIsWritten()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("ledger.csv");
        await host.RunAsync("export", "--format", "csv", "--out", file);
        var table = LedgerFileReader.Read(file);
        var template = table.Rows.First(r => r.Cells[0] == "第14项第1条").Cells;
        var rows = new List<IReadOnlyList<string>>
        {
            With(table.Rows.First(r => r.Cells[0] == "第12项第1条").Cells, DeadlineColumn, "2024-12-31"),
            With(template, 0, "第99项第1条"),
            With(template, 0, "第14项第9条"),
            With(template, DeadlineColumn, "明年"),
            With(table.Rows.First(r => r.Cells[0] == "第13项第1条").Cells, DepartmentColumn, "不存在处"),
        };
        WriteRows(file, LedgerColumns.Headers, rows);
        var before = await Snapshot(host);

        var run = await host.RunAsync("import-ledger", file);

        Assert.True(ExitCodes.Refused == run.ExitCode, run.Error);
        Assert.Contains("ledger.csv: row 3, 序号: there is no finding 99 in the current round", run.ErrorLines);
        Assert.True(run.ErrorLines.Count == 5, run.Error);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("ledger.csv: row 4, 序号: finding 14 has", StringComparison.Ordinal) && l.EndsWith("so 第14项第9条 is unknown", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("ledger.csv: row 5, 完成时限: '明年' is not a deadline", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("ledger.csv: row 6, 责任部门: unknown department '不存在处'", StringComparison.Ordinal));
        Assert.Contains("4 problems; nothing was imported.", run.ErrorLines);
        Assert.Equal(before, await Snapshot(host));
    }

    [Fact]
    public async Task TwoRowsOfAFindingAskingForDifferentDeadlinesAreAConflict()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("ledger.csv");
        await host.RunAsync("export", "--format", "csv", "--out", file);
        WriteCsv(file, LedgerFileReader.Read(file), ("第14项第1条", LedgerColumns.Deadline, "2024-10-31"), ("第14项第2条", LedgerColumns.Deadline, "2024-11-30"));

        var run = await host.RunAsync("import-ledger", file);

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("完成时限: '2024-11-30' contradicts '2024-10-31' on row", StringComparison.Ordinal));
        Assert.Null((await host.FindingAsync(14)).Deadline);
    }

    [Fact]
    public async Task ADryRunReportsTheChangesAndWritesNothing()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("ledger.csv");
        await host.RunAsync("export", "--format", "csv", "--out", file);
        WriteCsv(file, LedgerFileReader.Read(file), ("第14项第1条", LedgerColumns.Deadline, "2024/10/31"));
        var before = await Snapshot(host);

        var run = await host.RunAsync("import-ledger", file, "--dry-run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("finding 14: 完成时限 2024-10-31", run.Output, StringComparison.Ordinal);
        Assert.Contains("dry run, nothing was written", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot(host));
    }

    [Fact]
    public async Task AFileOfAnotherShapeIsRefusedSayingWhatWasExpected()
    {
        await using var host = await CommandHost.StartAsync();
        var otherCsv = host.TemporaryFile("other.csv");
        await File.WriteAllTextAsync(otherCsv, "姓名,电话\n张三,123\n", Encoding.UTF8);
        var damaged = host.TemporaryFile("damaged.xlsx");
        await File.WriteAllBytesAsync(damaged, Encoding.UTF8.GetBytes("not a zip"));
        var text = host.TemporaryFile("notes.txt");
        await File.WriteAllTextAsync(text, "整改台账");
        var before = await Snapshot(host);

        var csv = await host.RunAsync("import-ledger", otherCsv);
        var xlsx = await host.RunAsync("import-ledger", damaged);
        var txt = await host.RunAsync("import-ledger", text);

        Assert.Equal((ExitCodes.Refused, ExitCodes.Refused, ExitCodes.Refused), (csv.ExitCode, xlsx.ExitCode, txt.ExitCode));
        Assert.Contains("other.csv is not a 整改台账 of this layout: its first row should be the columns 序号、问题", csv.Error, StringComparison.Ordinal);
        Assert.Contains("but it is 姓名、电话. Nothing was imported.", csv.Error, StringComparison.Ordinal);
        Assert.Contains("damaged.xlsx is not a readable .xlsx workbook", xlsx.Error, StringComparison.Ordinal);
        Assert.Contains("notes.txt is not a ledger file: .xlsx or .csv is read", txt.Error, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot(host));
    }

    [Fact]
    public async Task AWorkbookWithoutTheLedgerSheetIsRefused()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("summary-only.xlsx");
        using (var stream = File.Create(file))
        {
            LedgerWorkbookWriter.Write(stream, [new LedgerSheet("Sheet1", [new LedgerColumn("A", 10)], [])]);
        }

        var run = await host.RunAsync("import-ledger", file);

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("summary-only.xlsx has no sheet named 整改台账. Nothing was imported.", run.Error, StringComparison.Ordinal);
    }

    private sealed record FindingState(string? Department, string? Leader, DateOnly? Deadline, string? Category, FindingStatus Status, int Entries);

    private static Task<Dictionary<int, FindingState>> Snapshot(CommandHost host) => host.ReadAsync(db => db.Findings.AsNoTracking()
        .Select(f => new { f.Number, State = new FindingState(f.ResponsibleDepartment, f.ResponsibleLeader, f.Deadline!.Date, f.Category, f.Status, f.History.Count) })
        .ToDictionaryAsync(f => f.Number, f => f.State));

    [Fact]
    public async Task DeadlineKindsSetOnTheCommandLineSurviveAnExportAndImportRoundTrip()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("assign", "14", "--due", "immediate");
        await host.RunAsync("assign", "14.2", "--due", "ongoing", "--review", "2025-06-30");
        await host.RunAsync("assign", "13", "--due", "长期坚持");
        await host.RunAsync("assign", "12", "--due", "2024-12-31");
        var file = host.TemporaryFile("台账.xlsx");
        await host.RunAsync("export", "--format", "xlsx", "--out", file);
        var before = await Snapshot(host);

        var run = await host.RunAsync("import-ledger", file);

        Assert.True(ExitCodes.Success == run.ExitCode, run.Error);
        Assert.Equal(before, await Snapshot(host));
        var table = LedgerFileReader.Read(file);
        string Cell(string key) => table.Rows.Single(r => r.Cells[0] == key).Cells[DeadlineColumn];
        Assert.Equal(("立行立改", "长期坚持（2025-06-30复查）", "立行立改"), (Cell("第14项第1条"), Cell("第14项第2条"), Cell("第14项第3条")));
        Assert.Equal(("长期坚持", "2024-12-31"), (Cell("第13项第1条"), Cell("第12项第1条")));
    }

    [Fact]
    public async Task TheDeadlineColumnTakesTheKindsAndAMeasureWithItsOwnDeadlineKeepsItApart()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("assign", "14.2", "--due", "2030-01-31");
        var file = host.TemporaryFile("ledger.csv");
        await host.RunAsync("export", "--format", "csv", "--out", file);
        WriteCsv(file, LedgerFileReader.Read(file), ("第12项第1条", LedgerColumns.Deadline, "长期坚持（2025-06-30复查）"),
            ("第14项第2条", LedgerColumns.Deadline, "立行立改"), ("第15项第1条", LedgerColumns.Deadline, "立行立改"));

        var run = await host.RunAsync("import-ledger", file);

        Assert.True(ExitCodes.Success == run.ExitCode, run.Error);
        Assert.Equal(Deadline.Ongoing(new DateOnly(2025, 6, 30)), (await host.FindingAsync(12)).Deadline);
        var fourteen = await host.FindingAsync(14);
        Assert.Equal((DeadlineKind.Immediately, (Deadline?)null), (fourteen.FindMeasure(2)!.Deadline!.Kind, fourteen.Deadline));
        Assert.Equal(DeadlineKind.Immediately, (await host.FindingAsync(15)).Deadline!.Kind);
        Assert.Contains(fourteen.History, e => e.Source == ProgressSource.LedgerFile && e.Description == "第2条完成时限：2030-01-31 → 立行立改");
    }

    private static List<string> With(IReadOnlyList<string> cells, int column, string value)
    {
        var copy = cells.ToList();
        copy[column] = value;
        return copy;
    }

    private static void WriteCsv(string file, LedgerFileTable table, params (string Key, string Column, string Value)[] edits)
    {
        var rows = table.Rows.Select(r => (IReadOnlyList<string>)edits.Where(e => e.Key == r.Cells[0])
            .Aggregate(r.Cells.ToList(), (cells, e) => With(cells, LedgerColumns.Headers.ToList().IndexOf(e.Column), e.Value))).ToList();
        WriteRows(file, table.Headers, rows);
    }

    private static void WriteRows(string file, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(file, false, new UTF8Encoding(true));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(headers))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    /// <summary>Edits one cell of the ledger sheet the way a spreadsheet program would leave it (a number in a date-formatted cell).</summary>
    private static void SetWorkbookCell(string file, string key, string column, string value)
    {
        using var document = SpreadsheetDocument.Open(file, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == LedgerColumns.LedgerSheet);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var row = worksheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InlineString?.InnerText == key);
        var cell = row.Elements<Cell>().Single(c => c.CellReference!.Value == column + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture));
        cell.DataType = CellValues.Number;
        cell.InlineString = null;
        cell.CellValue = new CellValue(value);
        worksheet.Save();
    }
}
