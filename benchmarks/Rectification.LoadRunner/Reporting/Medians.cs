namespace Rectification.LoadRunner.Reporting;

/// <summary>The median window of each target and connections over the repeats (figure by figure).</summary>
public static class Medians
{
    public static IReadOnlyList<WindowFigures> Of(IReadOnlyList<WindowFigures> windows) =>
    [
        .. windows.GroupBy(w => (w.Target, w.Connections)).Select(g => Median(g.ToList())),
    ];

    private static WindowFigures Median(List<WindowFigures> group) => group[0] with
    {
        Repeat = 0,
        Requests = (long)Of(group, w => w.Requests),
        RequestsPerSecond = Of(group, w => w.RequestsPerSecond),
        RatioToCeiling = group[0].RatioToCeiling is null ? null : Of(group, w => w.RatioToCeiling ?? 0),
        P50Milliseconds = Of(group, w => w.P50Milliseconds),
        P99Milliseconds = Of(group, w => w.P99Milliseconds),
        Non2xx = group.Sum(w => w.Non2xx),
        SocketErrors = group.Sum(w => w.SocketErrors),
        CpuMillisecondsPerRequest = Of(group, w => w.CpuMillisecondsPerRequest),
        AllocatedBytesPerRequest = group.Any(w => w.AllocatedBytesPerRequest is not null) ? Of([.. group.Where(w => w.AllocatedBytesPerRequest is not null)], w => w.AllocatedBytesPerRequest ?? 0) : null,
        JitCompiledMethods = (long)Of(group, w => w.JitCompiledMethods),
        JitMilliseconds = Of(group, w => w.JitMilliseconds),
    };

    private static double Of(List<WindowFigures> group, Func<WindowFigures, double> figure)
    {
        var sorted = group.Select(figure).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
