namespace Rectification.LoadRunner.Load;

/// <summary>One window of load: where, with which bodies, how many connections, how long.</summary>
/// <param name="IdPrefix">Starts every activity id of the window, so ids stay unique across windows and runs.</param>
public sealed record LoadRequest(Uri Target, string BodyTemplate, string IdPrefix, int Connections, TimeSpan Duration);

/// <summary>What a generator saw: completed requests, the latency percentiles, and the errors.</summary>
public sealed record LoadResult(long Requests, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds, long Non2xx, long SocketErrors)
{
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;

    public long Errors => Non2xx + SocketErrors;
}

public interface ILoadGenerator
{
    string Name { get; }

    Task<LoadResult> RunAsync(LoadRequest request, CancellationToken cancellationToken);
}
