using Rectification.LoadRunner.Load;

namespace Rectification.LoadRunner.Reporting;

/// <summary>One measured window: a target (the ceiling or the bot with a scenario) at a number of connections.</summary>
public sealed record WindowFigures
{
    public const string CeilingTarget = "ceiling";

    public required int Repeat { get; init; }

    /// <summary><see cref="CeilingTarget"/>, or the bot's scenario name.</summary>
    public required string Target { get; init; }

    public required int Connections { get; init; }

    public required long Requests { get; init; }

    public required double RequestsPerSecond { get; init; }

    /// <summary>Requests per second over the ceiling's at the same connections in the same repeat; 1 for the ceiling.</summary>
    public double? RatioToCeiling { get; init; }

    public required double P50Milliseconds { get; init; }

    public required double P99Milliseconds { get; init; }

    public required long Non2xx { get; init; }

    public required long SocketErrors { get; init; }

    public long Errors => Non2xx + SocketErrors;

    public required double CpuMillisecondsPerRequest { get; init; }

    /// <summary>Null when the runtime's count did not move over a window that answered requests: under server GC it
    /// now and then reads the same before and after (see RuntimeCounters), and 0 would be a false figure.</summary>
    public required double? AllocatedBytesPerRequest { get; init; }

    public required long JitCompiledMethods { get; init; }

    public required double JitMilliseconds { get; init; }

    public static WindowFigures From(int repeat, string target, int connections, LoadResult load, RuntimeCounters used, double? ratio)
    {
        ArgumentNullException.ThrowIfNull(load);
        var perRequest = Math.Max(1, load.Requests);
        return new WindowFigures
        {
            Repeat = repeat,
            Target = target,
            Connections = connections,
            Requests = load.Requests,
            RequestsPerSecond = load.RequestsPerSecond,
            RatioToCeiling = ratio,
            P50Milliseconds = load.P50Milliseconds,
            P99Milliseconds = load.P99Milliseconds,
            Non2xx = load.Non2xx,
            SocketErrors = load.SocketErrors,
            CpuMillisecondsPerRequest = used.Cpu.TotalMilliseconds / perRequest,
            AllocatedBytesPerRequest = used.AllocatedBytes > 0 ? (double)used.AllocatedBytes / perRequest : null,
            JitCompiledMethods = used.JitCompiledMethods,
            JitMilliseconds = used.JitTime.TotalMilliseconds,
        };
    }
}
