using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Rectification.LoadRunner.Load;

/// <summary>wrk (Debian's package) with <c>wrk/activities.lua</c> generating the bodies; its own process, so the
/// runner's CPU and allocation figures are the servers' alone.</summary>
public sealed class WrkGenerator(string wrkPath) : ILoadGenerator
{
    private const string ResultMarker = "WRK_RESULT ";

    public string Name => "wrk";

    /// <summary>wrk on PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "wrk"))
            .FirstOrDefault(File.Exists);

    public async Task<LoadResult> RunAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var script = Path.Combine(AppContext.BaseDirectory, "wrk", "activities.lua");
        var start = new ProcessStartInfo(wrkPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-t", Math.Min(2, request.Connections).ToString(CultureInfo.InvariantCulture),
            "-c", request.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", Math.Max(1, (int)Math.Round(request.Duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s",
            "--timeout", "10s",
            "--latency",
            "-s", script,
            request.Target.ToString(),
            "--",
            request.BodyTemplate,
            request.IdPrefix,
            TeamsActivityBodies.ConversationCount.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith(ResultMarker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result (exit {process.ExitCode}): {await error}");
        return Parse(line[ResultMarker.Length..]);
    }

    private static LoadResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        long Read(string name) => root.GetProperty(name).GetInt64();
        return new LoadResult(
            Read("requests"),
            TimeSpan.FromMicroseconds(Read("duration_us")),
            Read("p50_us") / 1000.0,
            Read("p99_us") / 1000.0,
            Read("status"),
            Read("connect") + Read("read") + Read("write") + Read("timeout"));
    }
}
