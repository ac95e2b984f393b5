using System.Diagnostics;
using System.Reflection;
using Rectification.LoadRunner.Hosts;
using Rectification.LoadRunner.LargeLedger;
using Rectification.LoadRunner.Load;
using Rectification.LoadRunner.Reporting;

namespace Rectification.LoadRunner;

/// <summary>
/// One run: the ceiling and the bot side by side in this process, each window bracketed by the runtime's counters,
/// every window of the bot divided by the ceiling's window at the same connections in the same repeat.
/// </summary>
public sealed class LoadRun(LoadRunOptions options, TextWriter log)
{
    private readonly string _runId = "load-" + Guid.NewGuid().ToString("N")[..12];
    private readonly ILoadGenerator _generator = ChooseGenerator(options.Generator);

    public async Task<RunReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedUtc = DateTimeOffset.UtcNow;
        await using var ceiling = await CeilingServer.StartAsync();
        using var bot = new InProcessBot(options.LargeLedgerPath);
        bot.Start();
        var probes = await ProbeAsync(ceiling.MessagesUri, bot.MessagesUri, cancellationToken);
        await WarmUpBotAsync(bot.MessagesUri, cancellationToken);
        var windows = await MeasureRepeatsAsync(ceiling.MessagesUri, bot.MessagesUri, cancellationToken);
        var largeLedger = options.LargeLedgerPath is null ? null : await LargeLedgerFigures.MeasureAsync(bot.Services, log, cancellationToken);
        StartupFigures? startup = null;
        if (options.Startup && options.LargeLedgerPath is null)
        {
            log.WriteLine("start-up: the bot as its own process …");
            startup = await StartupProbe.MeasureAsync(_runId, cancellationToken);
        }

        return new RunReport
        {
            StartedUtc = startedUtc,
            Machine = Environment.MachineName,
            ProcessorCount = Environment.ProcessorCount,
            Runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            Generator = _generator.Name,
            BotOptimized = IsOptimized(typeof(Program).Assembly),
            DurationSeconds = options.Duration.TotalSeconds,
            WarmupSeconds = options.Warmup.TotalSeconds,
            BotWarmupSeconds = options.BotWarmup.TotalSeconds,
            Repeats = options.Repeats,
            Probes = probes,
            Windows = windows,
            Medians = Medians.Of(windows),
            Startup = startup,
            LargeLedger = largeLedger,
        };
    }

    /// <summary>Each endpoint asked once: it answers, and the bot with an Adaptive Card.</summary>
    private async Task<List<AnswerProbe>> ProbeAsync(Uri ceiling, Uri bot, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var questions = new Questions(client);
        var probes = new List<AnswerProbe>
        {
            await questions.ProbeAsync(WindowFigures.CeilingTarget, ceiling, TeamsActivityBodies.Template("probe"), _runId + "-probe-ceiling", cancellationToken),
        };
        foreach (var scenario in options.Scenarios)
        {
            probes.Add(await questions.ProbeAsync(scenario.Name, bot, TeamsActivityBodies.Template(scenario.Text), $"{_runId}-probe-{scenario.Name}", cancellationToken));
        }

        return probes;
    }

    private async Task<List<WindowFigures>> MeasureRepeatsAsync(Uri ceiling, Uri bot, CancellationToken cancellationToken)
    {
        var windows = new List<WindowFigures>();
        for (var repeat = 1; repeat <= options.Repeats; repeat++)
        {
            foreach (var connections in options.Connections)
            {
                var ceilingWindow = await MeasureAsync(repeat, WindowFigures.CeilingTarget, ceiling, "ceiling", connections, null, cancellationToken);
                windows.Add(ceilingWindow);
                foreach (var scenario in options.Scenarios)
                {
                    windows.Add(await MeasureAsync(repeat, scenario.Name, bot, scenario.Text, connections, ceilingWindow.RequestsPerSecond, cancellationToken));
                }
            }
        }

        return windows;
    }

    private async Task WarmUpBotAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (options.BotWarmup <= TimeSpan.Zero)
        {
            return;
        }

        log.WriteLine($"warming up the bot for {options.BotWarmup.TotalSeconds} s …");
        var share = options.BotWarmup / options.Scenarios.Count;
        foreach (var scenario in options.Scenarios)
        {
            var request = new LoadRequest(uri, TeamsActivityBodies.Template(scenario.Text), $"{_runId}-bot-warm-{scenario.Name}", options.Connections.Max(), share);
            await _generator.RunAsync(request, cancellationToken);
        }
    }

    private async Task<WindowFigures> MeasureAsync(int repeat, string target, Uri uri, string text, int connections, double? ceilingRate, CancellationToken cancellationToken)
    {
        var template = TeamsActivityBodies.Template(text);
        var prefix = $"{_runId}-{repeat}-{target}-{connections}";
        log.WriteLine($"repeat {repeat}: {target} at {connections} connection(s) …");
        if (options.Warmup > TimeSpan.Zero)
        {
            await _generator.RunAsync(new LoadRequest(uri, template, prefix + "-warm", connections, options.Warmup), cancellationToken);
        }

        var before = RuntimeCounters.Now();
        var load = await _generator.RunAsync(new LoadRequest(uri, template, prefix, connections, options.Duration), cancellationToken);
        var used = RuntimeCounters.Now() - before;
        var ratio = ceilingRate is > 0 ? load.RequestsPerSecond / ceilingRate : null;
        return WindowFigures.From(repeat, target, connections, load, used, ceilingRate is null ? 1 : ratio);
    }

    private static ILoadGenerator ChooseGenerator(GeneratorChoice choice) => choice switch
    {
        GeneratorChoice.Wrk => new WrkGenerator(WrkGenerator.Find() ?? throw new InvalidOperationException("wrk is not on PATH.")),
        GeneratorChoice.BuiltIn => new BuiltInGenerator(),
        _ => WrkGenerator.Find() is { } wrk ? new WrkGenerator(wrk) : new BuiltInGenerator(),
    };

    private static bool IsOptimized(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };
}
