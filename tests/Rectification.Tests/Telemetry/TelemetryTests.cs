using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Tests.Fakes;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Telemetry;

/// <summary>
/// Every turn is counted and timed on the bot's meter, tagged by kind, channel and outcome; with Telemetry:Enabled the
/// metrics and traces go to an OTLP collector (here a loopback one).
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task ATurnIsCountedAndTimedOnTheBotsMeter()
    {
        using var factory = new BotApplicationFactory().With("Telemetry:Enabled", "true").With("Telemetry:OtlpEndpoint", "http://127.0.0.1:9/");
        var client = new BotClient(factory.CreateClient());
        var scope = factory.Services.GetRequiredService<IMeterFactory>();
        var measured = new List<(string Instrument, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == scope && instrument.Meter.Name == "Rectification.Bot")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Add(instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Add(instrument, tags));
        listener.Start();

        await client.AskAsync("status of item 14", "29:metered");

        lock (measured)
        {
            Assert.Contains(("rectification.turns", "answered"), measured);
            Assert.Contains(("rectification.turn.duration", "answered"), measured);
        }

        void Add(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? outcome = null;
            foreach (var tag in tags)
            {
                outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
            }

            lock (measured)
            {
                measured.Add((instrument.Name, outcome));
            }
        }
    }

    [Fact]
    public async Task WithTelemetryEnabledALoopbackOtlpCollectorReceivesTheBotsTraces()
    {
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var collector = await LoopbackServer.StartAsync(app =>
            app.MapPost("/v1/{signal}", (string signal) =>
            {
                received.TrySetResult(signal);
                return Results.Ok();
            }));
        using var factory = new BotApplicationFactory()
            .With("Telemetry:Enabled", "true")
            .With("Telemetry:OtlpEndpoint", collector.BaseAddress.ToString())
            .With("Telemetry:MetricsInterval", "00:00:01");

        await new BotClient(factory.CreateClient()).AskAsync("status of item 14", "29:traced");

        var signal = await received.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains(signal, new[] { "traces", "metrics" });
    }

    [Fact]
    public void AnOtlpEndpointThatIsNotAnAddressIsRefusedAtStart()
    {
        using var factory = new BotApplicationFactory().With("Telemetry:OtlpEndpoint", "collector:4318");

        var refusal = StartupRefusal.Of(factory);

        Assert.Contains("Telemetry:OtlpEndpoint is not an absolute http or https address", refusal, StringComparison.Ordinal);
    }
}
