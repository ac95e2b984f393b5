using System.Globalization;
using Rectification.LoadRunner.Load;

namespace Rectification.LoadRunner;

public enum GeneratorChoice
{
    /// <summary>wrk when it is on PATH, else the built-in generator.</summary>
    Auto,
    Wrk,
    BuiltIn,
}

/// <summary>The command line of the load runner.</summary>
public sealed record LoadRunOptions
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Load on the freshly started bot before the first window, shared among the scenarios: start-up JIT and
    /// tiering are the start-up figures' subject, not the steady state's.</summary>
    public TimeSpan BotWarmup { get; init; } = TimeSpan.FromSeconds(15);

    public IReadOnlyList<int> Connections { get; init; } = [16, 1];

    public IReadOnlyList<Scenario> Scenarios { get; init; } = Scenario.All;

    public int Repeats { get; init; } = 1;

    public GeneratorChoice Generator { get; init; } = GeneratorChoice.Auto;

    /// <summary>Also start the bot as its own process and time start → first answer and the first 100 questions.</summary>
    public bool Startup { get; init; } = true;

    public string? JsonPath { get; init; }

    public bool Smoke { get; init; }

    /// <summary>Only the own-process start-up measurement, this many times (--startup-only [n]); null for a load run.</summary>
    public int? StartupOnly { get; init; }

    /// <summary>A ledger (a SQLite file, e.g. from generate-ledger) the in-process bot runs on, copied first.</summary>
    public string? LargeLedgerPath { get; init; }

    /// <summary>With --large-ledger: only the RSS and the digest's time, no load (a round of 100,000 findings).</summary>
    public bool DigestOnly { get; init; }

    /// <summary>A soak of this length instead of a load run (Soak/SoakRun).</summary>
    public TimeSpan? Soak { get; init; }

    /// <summary>How often a soak reads the process's memory.</summary>
    public TimeSpan SoakSample { get; init; } = TimeSpan.FromSeconds(5);

    public const string Usage = """
        Rectification.LoadRunner — the bot against a bare-Kestrel ceiling, in one run.
          --duration <s>        measured window per scenario and connections (default 10)
          --warmup <s>          load before each window, not measured (default 5)
          --bot-warmup <s>      load on the fresh bot before the first window (default 15)
          --connections <list>  e.g. 16,1 (default)
          --scenario <list>     status,keyword,list (default all)
          --repeat <n>          repeats of every window in the same run (default 1)
          --generator <name>    auto (wrk if on PATH), wrk, builtin
          --no-startup          skip the own-process start-up measurement
          --json <file>         also write the report as JSON
          --startup-only [n]    only the own-process start-up measurement, n times (default 1)
          --large-ledger <file> run the in-process bot on a copy of this SQLite ledger (generate-ledger); also
                                prints the RSS and times the weekly digest of its current round
          --digest-only         with --large-ledger: only the weekly digest's time and the RSS, no questions
          --soak <s>            hold the first scenario at the first connection count for s seconds, sampling RSS
                                and the GC heap (--sample <s>, default 5)
          --smoke               a few seconds: 0.5 s windows, no warm-up, 2 connections, built-in generator, no start-up
        """;

    public static LoadRunOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = args.Contains("--smoke") ? SmokeDefaults : new LoadRunOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--smoke" => options,
                "--duration" => options with { Duration = Seconds(Value()) },
                "--warmup" => options with { Warmup = Seconds(Value()) },
                "--bot-warmup" => options with { BotWarmup = Seconds(Value()) },
                "--connections" => options with { Connections = [.. List(Value()).Select(c => int.Parse(c, CultureInfo.InvariantCulture))] },
                "--scenario" => options with { Scenarios = [.. List(Value()).Select(Scenario.Named)] },
                "--repeat" => options with { Repeats = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--generator" => options with { Generator = Enum.Parse<GeneratorChoice>(Value().Replace("-", "", StringComparison.Ordinal), ignoreCase: true) },
                "--no-startup" => options with { Startup = false },
                "--json" => options with { JsonPath = Value() },
                "--startup-only" => options with { StartupOnly = i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) ? Skip(ref i, n) : 1 },
                "--large-ledger" => options with { LargeLedgerPath = Path.GetFullPath(Value()) },
                "--digest-only" => options with { DigestOnly = true },
                "--soak" => options with { Soak = Seconds(Value()) },
                "--sample" => options with { SoakSample = Seconds(Value()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static LoadRunOptions SmokeDefaults => new()
    {
        Smoke = true,
        Duration = TimeSpan.FromSeconds(0.5),
        Warmup = TimeSpan.Zero,
        BotWarmup = TimeSpan.Zero,
        Connections = [2],
        Generator = GeneratorChoice.BuiltIn,
        Startup = false,
    };

    private static int Skip(ref int index, int value)
    {
        index++;
        return value;
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
