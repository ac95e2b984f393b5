using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Administration;
using Rectification.Bot.Hosting.Commands;
using Rectification.Domain.LedgerFiles;
using Rectification.Tests.Administration;

namespace Rectification.Tests.LedgerFiles;

public sealed class LedgerExportTests
{
    [Fact]
    public async Task TheWorkbookHasTheOfficesColumnsOneRowPerMeasureAndNextStepsMarkedAsSuch()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("ledger.xlsx");

        var run = await host.RunAsync("export", "--format", "xlsx", "--out", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var workbook = RawWorkbook.Open(file);
        Assert.Equal([LedgerColumns.LedgerSheet, LedgerColumns.SummarySheet], workbook.SheetNames);
        var rows = workbook.Rows(LedgerColumns.LedgerSheet);
        Assert.Equal(
            ["序号", "问题", "问题类别", "整改措施", "整改目标", "责任领导", "责任部门", "完成时限", "整改状态", "进展情况", "佐证材料", "更新时间", "是否销号"],
            rows[0]);
        var finding14 = await host.ReadAsync(db => db.Findings.Include(f => f.Measures).Include(f => f.NextSteps).AsSplitQuery().SingleAsync(f => f.Number == 14));
        var rowsOf14 = rows.Where(r => r[0].StartsWith("第14项", StringComparison.Ordinal)).ToList();
        Assert.Equal(finding14.Measures.Count + finding14.NextSteps.Count, rowsOf14.Count);
        Assert.Equal(finding14.Measures.OrderBy(m => m.Ordinal).Select(m => m.Text), rowsOf14.Take(finding14.Measures.Count).Select(r => r[3]));
        Assert.NotEmpty(finding14.NextSteps);
        Assert.All(rowsOf14.Skip(finding14.Measures.Count), r => Assert.Equal("下一步", r[8]));
        Assert.Equal("第14项下一步1", rowsOf14[finding14.Measures.Count][0]);
        Assert.All(rowsOf14, r => Assert.Equal(finding14.Title, r[1]));
    }

    [Fact]
    public async Task TheHeaderIsFrozenColumnsHaveWidthsTextWrapsAndDatesAreDates()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("assign", "14", "--due", "2024-09-30");
        var file = host.TemporaryFile("ledger.xlsx");

        await host.RunAsync("export", "--format", "xlsx", "--out", file);

        var workbook = RawWorkbook.Open(file);
        var sheet = workbook.Sheet(LedgerColumns.LedgerSheet);
        var pane = sheet.Descendants(RawWorkbook.Name("pane")).Single();
        Assert.Equal(("frozen", "A2", "1"), ((string?)pane.Attribute("state"), (string?)pane.Attribute("topLeftCell"), (string?)pane.Attribute("ySplit")));
        var widths = sheet.Descendants(RawWorkbook.Name("col")).Select(c => double.Parse((string)c.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(LedgerColumns.Headers.Count, widths.Count);
        Assert.True(widths[3] > widths[0], "the measure column is wider than the key column");

        var rowOf14 = workbook.Rows(LedgerColumns.LedgerSheet).FindIndex(r => r[0] == "第14项第1条") + 1;
        var deadline = workbook.Cell(LedgerColumns.LedgerSheet, "H" + rowOf14);
        Assert.True((string?)deadline.Attribute("t") is null or "n", "a date is stored as a number");
        Assert.Equal(new DateOnly(2024, 9, 30), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(deadline.Element(RawWorkbook.Name("v"))!.Value, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("yyyy-mm-dd", workbook.NumberFormatOf(deadline));
        Assert.Contains("yyyy-mm-dd", workbook.NumberFormatOf(workbook.Cell(LedgerColumns.LedgerSheet, "L" + rowOf14)), StringComparison.Ordinal);
        Assert.True(workbook.WrapsText(workbook.Cell(LedgerColumns.LedgerSheet, "D" + rowOf14)));
    }

    [Fact]
    public async Task TheSummaryCountsFindingsByStatusAndDepartmentAndGivesTheRectificationRate()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("assign", "14", "--department", "综合处");
        var file = host.TemporaryFile("ledger.xlsx");
        var findings = await host.ReadAsync(db => db.Findings.AsNoTracking().ToListAsync());

        await host.RunAsync("export", "--format", "xlsx", "--out", file);

        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == LedgerColumns.SummarySheet);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList()).ToList();
        var open = findings.Count(f => f.Status == Domain.Findings.FindingStatus.InProgress);
        Assert.Contains(rows, r => r[0] == "按整改状态" && r[1] == "整改中" && r[2] == open.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, r => r[0] == "按责任部门" && r[1] == "综合处" && r[2] == "1");
        var total = rows.Single(r => r[0] == "合计" && r[1] == "问题");
        Assert.Equal(findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), total[2]);
        Assert.Equal((double)(findings.Count - open) / findings.Count, double.Parse(total[3], System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task TheCsvIsUtf8WithAByteOrderMarkAndTheSameRows()
    {
        await using var host = await CommandHost.StartAsync();
        var csv = host.TemporaryFile("ledger.csv");
        var xlsx = host.TemporaryFile("ledger.xlsx");

        Assert.Equal(ExitCodes.Success, (await host.RunAsync("export", "--format", "csv", "--out", csv)).ExitCode);
        await host.RunAsync("export", "--format", "xlsx", "--out", xlsx);

        var bytes = await File.ReadAllBytesAsync(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("序号,问题,问题类别,整改措施", lines[0], StringComparison.Ordinal);
        var table = LedgerFileReader.Read(csv);
        Assert.Equal(RawWorkbook.Open(xlsx).Rows(LedgerColumns.LedgerSheet).Count - 1, table.Rows.Count);
    }

    [Theory]
    [InlineData("--format", "pdf", "--out", "x.pdf")]
    [InlineData("--format", "xlsx")]
    [InlineData("--out", "x.xlsx")]
    [InlineData("--format", "1", "--out", "x.xlsx")]
    [InlineData("--format", "xlsx", "--out", "x.xlsx", "--extra")]
    public void AnExportWithoutAKnownFormatAndADestinationIsAUsageError(params string[] words) =>
        Assert.Null(ExportCommand.Parse(words));
}
