using System.Diagnostics;
using Rectification.LoadRunner.Hosts;
using Rectification.LoadRunner.Load;

namespace Rectification.LoadRunner.Soak;

/// <summary>
/// `--soak N`: the in-process bot (fresh database, or a copy of `--large-ledger`) under closed-loop load for N seconds,
/// in slices of `--sample` seconds; after each slice the process's RSS and GC heap are read (no collection is forced,
/// so the figures are what the bot would hold). The built-in generator is used even when wrk is on PATH: it has to
/// stop between slices, and its own share of memory is small and constant.
/// </summary>
public sealed class SoakRun(LoadRunOptions options, TextWriter log)
{
    public const long TargetQuestions = 10_000;

    private readonly string _runId = "soak-" + Guid.NewGuid().ToString("N")[..12];

    public async Task<SoakReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedUtc = DateTimeOffset.UtcNow;
        var scenario = options.Scenarios[0];
        var connections = options.Connections[0];
        using var bot = new InProcessBot(options.LargeLedgerPath);
        bot.Start();
        var generator = new BuiltInGenerator();
        var template = TeamsActivityBodies.Template(scenario.Text);
        var samples = new List<SoakSample> { SoakSample.Take(0, 0, 0, 0, 0) };
        log.WriteLine($"soak: {scenario.Name} at {connections} connection(s) for {options.Soak!.Value.TotalSeconds} s, a sample every {options.SoakSample.TotalSeconds} s");
        var clock = Stopwatch.StartNew();
        long questions = 0, errors = 0;
        for (var slice = 0; clock.Elapsed < options.Soak.Value && !cancellationToken.IsCancellationRequested; slice++)
        {
            var remaining = options.Soak.Value - clock.Elapsed;
            var length = remaining < options.SoakSample ? remaining : options.SoakSample;
            var result = await generator.RunAsync(new LoadRequest(bot.MessagesUri, template, $"{_runId}-{slice}", connections, length), cancellationToken);
            questions += result.Requests;
            errors += result.Errors;
            var sample = SoakSample.Take(clock.Elapsed.TotalSeconds, questions, errors, result.RequestsPerSecond, result.P99Milliseconds);
            samples.Add(sample);
            log.WriteLine(SoakTable.Row(sample));
        }

        var afterTarget = samples.FirstOrDefault(s => s.Questions >= TargetQuestions);
        var reference = afterTarget ?? samples[^1];
        return new SoakReport(
            startedUtc,
            scenario.Name,
            connections,
            clock.Elapsed.TotalSeconds,
            samples,
            afterTarget,
            samples.Max(s => s.RssBytes),
            samples[^1].RssBytes - reference.RssBytes,
            samples[^1].GcHeapBytes - reference.GcHeapBytes);
    }
}
