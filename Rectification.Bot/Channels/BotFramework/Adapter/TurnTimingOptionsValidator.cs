using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// The acknowledgement must come before the channel gives up on the request (about 15 s), and the typing indicator
/// before the acknowledgement, or a slow turn is retried by the channel and answered twice.
/// </summary>
internal sealed class TurnTimingOptionsValidator : IValidateOptions<TurnTimingOptions>
{
    /// <summary>What Teams and the Bot Connector wait for the HTTP answer, less a margin for the network.</summary>
    private static readonly TimeSpan ChannelPatience = TimeSpan.FromSeconds(14);

    public ValidateOptionsResult Validate(string? name, TurnTimingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OptionsProblems(TurnTimingOptions.Section)
            .Require(options.TypingIndicatorAfter > TimeSpan.Zero, nameof(options.TypingIndicatorAfter), "must be a positive time span, e.g. 00:00:01.5")
            .Require(options.AcknowledgeAfter > TimeSpan.Zero && options.AcknowledgeAfter <= ChannelPatience, nameof(options.AcknowledgeAfter),
                $"must be a positive time span of at most {ChannelPatience:c} (channels retry a request unanswered after about 15 s), e.g. 00:00:10")
            .Require(options.TypingIndicatorAfter < options.AcknowledgeAfter, nameof(options.TypingIndicatorAfter),
                "must be shorter than BotFramework:Turns:AcknowledgeAfter")
            .Result();
    }
}
