using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Hosting.Logging;

namespace Rectification.Bot.Conversation.Turns;

/// <summary>
/// Tells a person over the per-person message limit to slow down, in the language they last used (their message is
/// not understood, so its own language is not read). Sent through the normal reply path, so the channel's request
/// is acknowledged as for any message and the channel does not retry.
/// </summary>
internal sealed partial class RateLimitNotice(ReplyLanguageResolver languages, ILogger<RateLimitNotice> logger)
{
    public async Task SendAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        LogLimited(turn.Inbound.ChannelId);
        var language = await languages.ResolveQuietlyAsync(turn.Inbound, cancellationToken);
        var reply = new Reply(turn.Inbound, turn.Capabilities, Localization.Texts.For(language));
        await turn.SendAsync(reply.Text(reply.Texts.SendingTooFast), cancellationToken);
    }

    /// <summary>Dropped after the notice: logged at debug, a flood must not flood the log too.</summary>
    public void Dropped(ITurnContext turn) => LogDropped(turn.Inbound.ChannelId);

    [LoggerMessage(EventId = FailureEvents.PersonOverMessageLimit, Level = LogLevel.Warning, Message = "A person on channel {ChannelId} went over the per-person message limit (RateLimits:MessagesPerUser); told once, further messages in this window are dropped")]
    private partial void LogLimited(string channelId);

    [LoggerMessage(EventId = FailureEvents.MessageOverLimitDropped, Level = LogLevel.Debug, Message = "A message on channel {ChannelId} over the per-person limit was dropped")]
    private partial void LogDropped(string channelId);
}
