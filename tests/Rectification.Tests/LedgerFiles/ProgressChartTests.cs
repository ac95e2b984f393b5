using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Charts;
using Rectification.Domain.Findings;
using Rectification.Domain.LedgerFiles;
using Rectification.Tests.Administration;
using SkiaSharp;

namespace Rectification.Tests.LedgerFiles;

public sealed class ProgressChartTests
{
    [Fact]
    public async Task ThePngHoldsThreeChartsDrawnWithAFontThatHasChineseGlyphs()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("progress.png");

        var run = await host.RunAsync("export", "--format", "png", "--out", file);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using var bitmap = SKBitmap.Decode(file);
        Assert.Equal((ProgressChartRenderer.Width, ProgressChartRenderer.Height), (bitmap.Width, bitmap.Height));
        using var typeface = SKTypeface.FromFamilyName(ProgressChartRenderer.ChineseFont());
        Assert.True(typeface.ContainsGlyphs(ProgressChartData.StatusTitle + ProgressChartData.DepartmentTitle + "整改中已完成，待销号已销号"));
    }

    [Fact]
    public async Task TheChartsCountFindingsByStatusAndMeasuresCompletedFromTheHistory()
    {
        await using var host = await CommandHost.StartAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Domain.Storage.LedgerDbContext>();
            var finding = (await db.Findings.Include(f => f.Measures).Include(f => f.History).AsSplitQuery().ToListAsync())
                .OrderBy(f => f.Number).First(f => f.OpenMeasureOrdinals().Count > 0);
            var open = finding.OpenMeasureOrdinals()[0];
            finding.RecordMeasureProgress(open, MeasureStatus.Completed, null, "已完成。", new ProgressAuthor("u1", "李四", ProgressSource.Chat, "msteams"), new DateTime(2024, 7, 2, 2, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        }

        var findings = await host.ReadAsync(db => db.Findings.AsNoTracking().Include(f => f.Measures).Include(f => f.History).AsSplitQuery().ToListAsync());
        var data = ProgressChartData.From(findings, new DateOnly(2024, 6, 18), new DateOnly(2024, 8, 1));

        Assert.Equal(findings.Count, data.ByStatus.Sum(b => b.Value));
        Assert.Equal(findings.Count(f => f.Status == FindingStatus.InProgress), data.ByStatus.Single(b => b.Label == "整改中").Value);
        var completed = findings.Sum(f => f.Measures.Count(m => m.Status == MeasureStatus.Completed));
        Assert.Equal([new ChartPoint(new DateOnly(2024, 6, 18), completed - 1), new ChartPoint(new DateOnly(2024, 7, 2), completed), new ChartPoint(new DateOnly(2024, 8, 1), completed)], data.CompletedMeasures);
        Assert.Equal(findings.Count, data.ByDepartment.Sum(d => d.Findings));
    }
}
