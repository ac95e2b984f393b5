namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// Channels wait about 15 s for the HTTP answer and then retry or report a timeout. A slow turn shows a
/// typing indicator, and the request is acknowledged well before the limit while the turn goes on.
/// </summary>
public sealed class TurnTimingOptions
{
    public const string Section = "BotFramework:Turns";

    public TimeSpan TypingIndicatorAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    public TimeSpan AcknowledgeAfter { get; set; } = TimeSpan.FromSeconds(10);
}
