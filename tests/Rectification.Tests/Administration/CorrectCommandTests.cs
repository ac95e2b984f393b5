using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

namespace Rectification.Tests.Administration;

/// <summary>`correct 14.3 --text … [--percent …]`: the latest entry about the measure is superseded, and both are kept.</summary>
public sealed class CorrectCommandTests
{
    [Fact]
    public async Task CorrectSupersedesTheLatestEntryOfTheMeasureAndPutsTheMeasureBack()
    {
        await using var host = await CommandHost.StartAsync();
        var wrong = await ReportAsync(host, 14, 3, MeasureStatus.Completed, "领导班子已组建");

        var run = await host.RunAsync("correct", "14.3", "--text", "领导班子尚在考察", "--percent", "80");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"entry {wrong.Id} corrected", run.Output, StringComparison.Ordinal);
        var finding = await host.ReadAsync(db => db.Findings.AsNoTracking().Include(f => f.Measures).Include(f => f.History).AsSplitQuery().SingleAsync(f => f.Number == 14));
        var correction = finding.History.Single(e => e.Kind == ProgressEntryKind.Correction);
        Assert.Equal((wrong.Id, "领导班子尚在考察", ProgressSource.Administration), (correction.SupersedesEntryId!.Value, correction.Description, correction.Source));
        Assert.Equal("领导班子已组建", finding.History.Single(e => e.Id == wrong.Id).Description);
        Assert.Equal((MeasureStatus.InProgress, (int?)80), (finding.FindMeasure(3)!.Status, finding.FindMeasure(3)!.PercentComplete));
    }

    [Fact]
    public async Task CorrectRefusesWorkNobodyReportedOnAndMalformedArgumentsAndWritesNothing()
    {
        await using var host = await CommandHost.StartAsync();
        var before = (await host.FindingAsync(14)).History.Count;

        var nothingToCorrect = await host.RunAsync("correct", "14.2", "--text", "x");
        var noText = await host.RunAsync("correct", "14.3", "--percent", "80");
        var disagreeing = await host.RunAsync("correct", "14.3", "--text", "x", "--status", "completed", "--percent", "80");

        Assert.Equal(ExitCodes.Refused, nothingToCorrect.ExitCode);
        Assert.Contains("no report on measure 2 to correct", nothingToCorrect.Error, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Usage, ExitCodes.Usage), (noText.ExitCode, disagreeing.ExitCode));
        Assert.Equal(before, (await host.FindingAsync(14)).History.Count);
    }

    private static async Task<ProgressEntry> ReportAsync(CommandHost host, int finding, int measure, MeasureStatus status, string description)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ProgressRecorder>()
            .RecordMeasureProgressAsync(Actor.Operator("测试"), finding, measure, status, null, description, null, CancellationToken.None);
        return Assert.IsType<ProgressRecorded>(outcome).Entry;
    }
}
