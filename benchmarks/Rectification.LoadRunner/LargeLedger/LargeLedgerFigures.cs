using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Rectification.Bot.Cards.Digest;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Localization;
using Rectification.Domain.Reporting;

namespace Rectification.LoadRunner.LargeLedger;

/// <summary>
/// With --large-ledger, after the windows: the process's RSS, and the weekly digest of the ledger's current round as
/// `digest preview` builds it (the round aggregated by <see cref="DigestSource"/>, the report, its Markdown), timed
/// three times in a scope of the running bot: the first (cold: that query's plan and pages) and the best of the others.
/// </summary>
public sealed record LargeLedgerFigures(long RssBytes, long GcHeapBytes, int RoundFindings, double FirstDigestMilliseconds, double WarmDigestMilliseconds, double WarmDigestCpuMilliseconds)
{
    private const int DigestRuns = 3;

    public static async Task<LargeLedgerFigures> MeasureAsync(IServiceProvider services, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(log);
        var rss = Environment.WorkingSet;
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        log.WriteLine("large ledger: timing the weekly digest …");
        var settings = services.GetRequiredService<IOptions<DigestSettings>>().Value;
        var times = new List<(TimeSpan Wall, TimeSpan Cpu)>();
        var findings = 0;
        for (var run = 0; run < DigestRuns; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var source = scope.ServiceProvider.GetRequiredService<DigestSource>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var report = await DigestMessages.BuildAsync(source, settings.DefaultZone(), DateTimeOffset.UtcNow, settings.Content, cancellationToken);
            // As the scheduler sends it: the supervision section too (for a reader who is no leader).
            report = await scope.ServiceProvider.GetRequiredService<DigestSupervisionSource>().CompleteAsync(report, reader: null, cancellationToken);
            _ = DigestMarkdown.Render(report, Language.Chinese);
            times.Add((wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu));
            findings = report.Totals.Findings;
        }

        var warm = times.Skip(1).MinBy(t => t.Wall);
        return new LargeLedgerFigures(rss, heap, findings, times[0].Wall.TotalMilliseconds, warm.Wall.TotalMilliseconds, warm.Cpu.TotalMilliseconds);
    }

    public static void Write(LargeLedgerFigures figures, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(output);
        const double megabyte = 1024 * 1024;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Large ledger: RSS after the windows {figures.RssBytes / megabyte:0} MB (target < 300 MB), GC heap {figures.GcHeapBytes / megabyte:0} MB"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Weekly digest of the current round ({figures.RoundFindings} findings): first {figures.FirstDigestMilliseconds:0} ms, warm {figures.WarmDigestMilliseconds:0} ms ({figures.WarmDigestCpuMilliseconds:0} ms CPU) (target < 2 s for 100,000 findings)"));
    }
}
