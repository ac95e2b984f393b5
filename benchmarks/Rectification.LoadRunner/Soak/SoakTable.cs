using System.Globalization;

namespace Rectification.LoadRunner.Soak;

/// <summary>The readable form of a <see cref="SoakReport"/>.</summary>
public static class SoakTable
{
    private const string RowFormat = "{0,8} {1,10} {2,7} {3,9} {4,9} {5,12} {6,6} {7,8} {8,8}";

    private const double Megabyte = 1024 * 1024;

    public static string Header => Invariant(RowFormat, "s", "questions", "errors", "RSS MB", "GC heap MB", "GC commit MB", "gen2", "req/s", "p99 ms");

    public static string Row(SoakSample s) => Invariant(
        RowFormat,
        s.ElapsedSeconds.ToString("0", CultureInfo.InvariantCulture),
        s.Questions,
        s.Errors,
        (s.RssBytes / Megabyte).ToString("0.0", CultureInfo.InvariantCulture),
        (s.GcHeapBytes / Megabyte).ToString("0.0", CultureInfo.InvariantCulture),
        (s.GcCommittedBytes / Megabyte).ToString("0.0", CultureInfo.InvariantCulture),
        s.Gen2Collections,
        s.SliceRequestsPerSecond.ToString("0", CultureInfo.InvariantCulture),
        s.SliceP99Milliseconds.ToString("0.00", CultureInfo.InvariantCulture));

    public static void Write(SoakReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Invariant($"Soak {report.StartedUtc:yyyy-MM-dd HH:mm} UTC: {report.Scenario} at {report.Connections} connection(s) for {report.DurationSeconds:0} s, {Environment.ProcessorCount} cores, built-in generator in-process"));
        output.WriteLine(Header);
        foreach (var sample in report.Samples)
        {
            output.WriteLine(Row(sample));
        }

        var last = report.Samples[^1];
        output.WriteLine();
        output.WriteLine(report.AfterTenThousand is { } at
            ? Invariant($"RSS after {at.Questions} questions ({at.ElapsedSeconds:0} s): {at.RssBytes / Megabyte:0.0} MB (target ≤ 200 MB), GC heap {at.GcHeapBytes / Megabyte:0.0} MB")
            : Invariant($"Fewer than {SoakRun.TargetQuestions} questions were answered ({last.Questions})."));
        output.WriteLine(Invariant($"At the end ({last.Questions} questions, {last.ElapsedSeconds:0} s): RSS {last.RssBytes / Megabyte:0.0} MB, GC heap {last.GcHeapBytes / Megabyte:0.0} MB; since 10,000 questions RSS {Signed(report.RssGrowthBytes)} MB, GC heap {Signed(report.GcHeapGrowthBytes)} MB; highest RSS {report.MaxRssBytes / Megabyte:0.0} MB; errors {last.Errors}"));
    }

    private static string Signed(long bytes) => (bytes / Megabyte).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
