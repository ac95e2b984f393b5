using System.Globalization;
using Rectification.LoadRunner.LargeLedger;

namespace Rectification.LoadRunner.Reporting;

/// <summary>The readable form of a <see cref="RunReport"/>.</summary>
public static class ReportTable
{
    private const string RowFormat = "{0,-8} {1,-8} {2,5} {3,10} {4,7} {5,9} {6,9} {7,7} {8,10} {9,12} {10,8} {11,8}";

    public static void Write(RunReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Invariant($"Load run {report.StartedUtc:yyyy-MM-dd HH:mm} UTC on {report.Machine} ({report.ProcessorCount} cores, {report.Runtime}), generator {report.Generator}, bot optimized: {report.BotOptimized}"));
        output.WriteLine(Invariant($"{report.Repeats} repeat(s) of {report.DurationSeconds:0.#} s windows after {report.WarmupSeconds:0.#} s warm-up each; the fresh bot warmed up {report.BotWarmupSeconds:0.#} s first"));
        foreach (var probe in report.Probes)
        {
            output.WriteLine(Invariant($"  probe {probe.Target}: HTTP {probe.Status}, {probe.Replies} repl(ies), Adaptive Card: {probe.AdaptiveCard}"));
        }

        output.WriteLine();
        WriteWindows(report.Windows, output);
        if (report.Repeats > 1)
        {
            output.WriteLine();
            output.WriteLine("Median of the repeats (errors summed):");
            WriteWindows(report.Medians, output);
        }

        if (report.Startup is { } startup)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"Start-up (own process, fresh database): process start → first answered question {startup.ProcessStartToFirstAnswerMilliseconds:0} ms (that question {startup.FirstAnswerMilliseconds:0.0} ms); first {startup.Questions} questions average {startup.AverageOfFirstQuestionsMilliseconds:0.00} ms"));
        }

        WriteLargeLedger(report, output);
    }

    private static void WriteLargeLedger(RunReport report, TextWriter output)
    {
        if (report.LargeLedger is { } ledger)
        {
            output.WriteLine();
            LargeLedgerFigures.Write(ledger, output);
        }
    }

    private static void WriteWindows(IReadOnlyList<WindowFigures> windows, TextWriter output)
    {
        output.WriteLine(Invariant(RowFormat, "repeat", "target", "conns", "req/s", "ratio", "p50 ms", "p99 ms", "errors", "CPU ms/req", "alloc B/req", "JIT'd", "JIT ms"));
        foreach (var w in windows)
        {
            output.WriteLine(Invariant(
                RowFormat,
                w.Repeat == 0 ? "median" : w.Repeat.ToString(CultureInfo.InvariantCulture),
                w.Target,
                w.Connections,
                w.RequestsPerSecond.ToString("0", CultureInfo.InvariantCulture),
                w.RatioToCeiling?.ToString("0.000", CultureInfo.InvariantCulture) ?? "",
                w.P50Milliseconds.ToString("0.00", CultureInfo.InvariantCulture),
                w.P99Milliseconds.ToString("0.00", CultureInfo.InvariantCulture),
                w.Errors,
                w.CpuMillisecondsPerRequest.ToString("0.000", CultureInfo.InvariantCulture),
                w.AllocatedBytesPerRequest?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a",
                w.JitCompiledMethods,
                w.JitMilliseconds.ToString("0", CultureInfo.InvariantCulture)));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
