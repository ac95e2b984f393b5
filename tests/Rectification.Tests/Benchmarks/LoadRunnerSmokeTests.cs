using System.Text.Json;
using Rectification.LoadRunner;
using Rectification.LoadRunner.Reporting;

namespace Rectification.Tests.Benchmarks;

/// <summary>
/// The load runner's few-second smoke, so the benchmark keeps working: both endpoints answer on loopback under the
/// built-in generator (no wrk needed) and the report is written. Never a timing assertion: figures go to BENCHMARKS.md.
/// </summary>
public sealed class LoadRunnerSmokeTests : IDisposable
{
    private readonly string _jsonPath = Path.Combine(Path.GetTempPath(), "rectification-tests", Guid.NewGuid().ToString("N") + ".json");

    [Fact]
    public async Task A_smoke_run_loads_the_ceiling_and_every_scenario_without_errors_and_writes_its_report()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_jsonPath)!);

        var exitCode = await LoadRunnerCommand.Main(["--smoke", "--json", _jsonPath]).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(0, exitCode);
        var report = JsonSerializer.Deserialize<RunReport>(await File.ReadAllTextAsync(_jsonPath), ReportJson.Options)!;
        Assert.Equal(["ceiling", "status", "keyword", "list"], report.Windows.Select(w => w.Target));
        Assert.All(report.Windows, w => Assert.True(w.Requests > 0, $"{w.Target} answered no request"));
        Assert.All(report.Windows, w => Assert.Equal(0, w.Non2xx + w.SocketErrors));
        Assert.All(report.Probes, p => Assert.Equal(200, p.Status));
        Assert.True(report.Probes.Single(p => p.Target == "status").AdaptiveCard, "the status question was not answered with an Adaptive Card");
    }

    [Fact]
    public void Options_read_the_windows_connections_scenarios_and_repeats()
    {
        var options = LoadRunOptions.Parse(["--duration", "2.5", "--connections", "8,1", "--scenario", "list", "--repeat", "3", "--generator", "built-in", "--no-startup"]);

        Assert.Equal(TimeSpan.FromSeconds(2.5), options.Duration);
        Assert.Equal([8, 1], options.Connections);
        Assert.Equal(["list"], options.Scenarios.Select(s => s.Name));
        Assert.Equal(3, options.Repeats);
        Assert.Equal(GeneratorChoice.BuiltIn, options.Generator);
        Assert.False(options.Startup);
    }

    public void Dispose() => File.Delete(_jsonPath);
}
