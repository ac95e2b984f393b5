using Rectification.LoadRunner.LargeLedger;

namespace Rectification.LoadRunner.Reporting;

/// <summary>Everything one run measured; written as JSON with --json and printed as tables.</summary>
public sealed record RunReport
{
    public required DateTimeOffset StartedUtc { get; init; }

    public required string Machine { get; init; }

    public required int ProcessorCount { get; init; }

    public required string Runtime { get; init; }

    public required string Generator { get; init; }

    public required bool BotOptimized { get; init; }

    public required double DurationSeconds { get; init; }

    public required double WarmupSeconds { get; init; }

    public required double BotWarmupSeconds { get; init; }

    public required int Repeats { get; init; }

    public required IReadOnlyList<AnswerProbe> Probes { get; init; }

    public required IReadOnlyList<WindowFigures> Windows { get; init; }

    /// <summary>Per target and connections, the median of each figure over the repeats.</summary>
    public required IReadOnlyList<WindowFigures> Medians { get; init; }

    public StartupFigures? Startup { get; init; }

    /// <summary>With --large-ledger: the RSS after the windows and the weekly digest's time on that ledger.</summary>
    public LargeLedgerFigures? LargeLedger { get; init; }
}
