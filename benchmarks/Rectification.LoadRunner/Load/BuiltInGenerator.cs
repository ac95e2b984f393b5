using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Rectification.LoadRunner.Load;

/// <summary>
/// A closed-loop generator in C#: each connection sends the next request as soon as the last is answered, like wrk.
/// It runs inside the runner's process, so when it is used the CPU and allocation figures include its own share.
/// </summary>
public sealed class BuiltInGenerator : ILoadGenerator
{
    public string Name => "built-in (in-process)";

    public async Task<LoadResult> RunAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = request.Connections, UseCookies = false, UseProxy = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var workers = new Worker[request.Connections];
        var clock = Stopwatch.StartNew();
        var deadline = request.Duration;
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new Worker(client, request, i, workers.Length);
        }

        await Task.WhenAll(workers.Select(w => w.RunAsync(clock, deadline, cancellationToken)));
        var elapsed = clock.Elapsed;
        var latencies = workers.SelectMany(w => w.LatencyTicks).Order().ToArray();
        return new LoadResult(
            latencies.LongLength,
            elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            workers.Sum(w => w.Non2xx),
            workers.Sum(w => w.SocketErrors));
    }

    private static double Percentile(long[] sortedTicks, double fraction) =>
        sortedTicks.Length == 0 ? 0 : sortedTicks[(int)Math.Min(sortedTicks.Length - 1, Math.Ceiling(fraction * sortedTicks.Length) - 1)] * 1000.0 / Stopwatch.Frequency;

    private sealed class Worker(HttpClient client, LoadRequest request, int index, int stride)
    {
        private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

        public List<long> LatencyTicks { get; } = [];

        public long Non2xx { get; private set; }

        public long SocketErrors { get; private set; }

        public async Task RunAsync(Stopwatch clock, TimeSpan deadline, CancellationToken cancellationToken)
        {
            for (long sequence = index; clock.Elapsed < deadline && !cancellationToken.IsCancellationRequested; sequence += stride)
            {
                var id = request.IdPrefix + "-" + sequence.ToString(CultureInfo.InvariantCulture);
                using var content = new StringContent(TeamsActivityBodies.Body(request.BodyTemplate, id, sequence), Encoding.UTF8);
                content.Headers.ContentType = Json;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync(request.Target, content, cancellationToken);
                    await response.Content.LoadIntoBufferAsync(cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        Non2xx++;
                    }
                }
                catch (HttpRequestException)
                {
                    SocketErrors++;
                    continue;
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    SocketErrors++; // the client's timeout: wrk counts it as an error too
                    continue;
                }

                LatencyTicks.Add(Stopwatch.GetTimestamp() - started);
            }
        }
    }
}
