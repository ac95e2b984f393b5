using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Adapter;
using Rectification.LoadRunner.Hosts;
using Rectification.LoadRunner.Load;

namespace Rectification.Benchmarks;

/// <summary>
/// The whole turn of "status of item 14" in the real host on a real SQLite file: once from the parsed activity
/// through the Bot Framework adapter (authentication, duplicate claim, conversation, expectReplies answer; no HTTP),
/// once as an HTTP POST to /api/messages on loopback Kestrel. Every invocation is a new activity id, as on the wire,
/// from one of the load runner's 1,000 conversations.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private const string Question = "status of item 14";

    private readonly string _runId = Guid.NewGuid().ToString("N")[..12];
    private readonly string _template = TeamsActivityBodies.Template(Question);
    private InProcessBot _bot = null!;
    private HttpClient _client = null!;
    private long _sequence;

    [GlobalSetup]
    public void Setup()
    {
        _bot = SeededBot.Start();
        _client = new HttpClient { BaseAddress = _bot.BaseAddress };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    [Benchmark]
    public async Task<int> AdapterTurn()
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var activity = SeededBot.TeamsActivity(Question, NextId(sequence), sequence);
        await using var scope = _bot.Services.CreateAsyncScope();
        var adapter = scope.ServiceProvider.GetRequiredService<BotFrameworkAdapter>();
        var answer = await adapter.ProcessAsync(activity, authorizationHeader: null, CancellationToken.None);
        return answer.Status;
    }

    [Benchmark]
    public async Task<int> HttpTurn()
    {
        var sequence = Interlocked.Increment(ref _sequence);
        using var content = new StringContent(TeamsActivityBodies.Body(_template, NextId(sequence), sequence), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await _client.PostAsync(LoadTarget.MessagesPath, content);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException($"HTTP {(int)response.StatusCode}");
    }

    private string NextId(long sequence) => "bench-" + _runId + "-" + sequence.ToString(CultureInfo.InvariantCulture);
}
