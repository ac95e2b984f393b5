using System.Diagnostics;
using System.Diagnostics.Metrics;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Conversation;

/// <summary>
/// Turns counted and timed, by kind, channel and outcome (never by person or text). The meter exists whether or not
/// telemetry is exported (Telemetry:Enabled); without a listener recording costs next to nothing.
/// </summary>
internal sealed class TurnMetrics
{
    public const string MeterName = "Rectification.Bot";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;

    public TurnMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("rectification.turns", "{turn}", "Turns handled, by kind, channel and outcome");
        _duration = meter.CreateHistogram<double>("rectification.turn.duration", "s", "How long a turn took, from its message to its last answer");
    }

    public void Record(InboundKind kind, string channelId, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "kind", kind.ToString() }, { "channel", channelId }, { "outcome", outcome } };
        _turns.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    public static long Start() => Stopwatch.GetTimestamp();

    public static TimeSpan Since(long started) => Stopwatch.GetElapsedTime(started);
}
