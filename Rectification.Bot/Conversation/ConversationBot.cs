using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Conversation.Turns;
using Rectification.Bot.Conversation.Welcome;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Security.RateLimiting;

namespace Rectification.Bot.Conversation;

/// <summary>
/// The conversation core: routes each inbound message by its kind, and makes sure a failure still ends with a
/// polite answer in the person's language rather than silence. A message over the per-person limit is not handled:
/// the person is told once per window, and nothing of it is understood or saved.
/// </summary>
internal sealed partial class ConversationBot(
    MessageTurnHandler messages,
    WelcomeTurnHandler welcome,
    TurnApology apology,
    MessageRateLimiter limits,
    RateLimitNotice tooFast,
    TurnMetrics metrics,
    ILogger<ConversationBot> logger) : IConversationBot
{
    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var started = TurnMetrics.Start();
        var outcome = "answered";
        try
        {
            if (turn.Inbound.Kind == InboundKind.Message && turn.Capabilities.RateLimited
                && limits.Admit(turn.Inbound.ChannelId, turn.Inbound.From.Id) is var admission and not MessageAdmission.Handle)
            {
                outcome = "rate-limited";
                await RefuseAsync(turn, admission, cancellationToken);
                return;
            }

            await RouteAsync(turn, cancellationToken);
        }
        catch (ProactiveDeliveryException refused) when (refused.IsPermanent)
        {
            // The channel will not take messages in this conversation (blocked, too large): an apology would fail too.
            outcome = "refused-by-channel";
            LogAnswerRefused(refused.Failure, turn.Inbound.ChannelId);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            outcome = "failed";
            LogTurnFailed(error, turn.Inbound.Kind, turn.Inbound.ChannelId);
            await apology.SendAsync(turn, error, cancellationToken);
        }
        finally
        {
            metrics.Record(turn.Inbound.Kind, turn.Inbound.ChannelId, outcome, TurnMetrics.Since(started));
        }
    }

    private Task RefuseAsync(ITurnContext turn, MessageAdmission admission, CancellationToken cancellationToken)
    {
        if (admission == MessageAdmission.RefuseWithNotice)
        {
            return tooFast.SendAsync(turn, cancellationToken);
        }

        tooFast.Dropped(turn);
        return Task.CompletedTask;
    }

    private Task RouteAsync(ITurnContext turn, CancellationToken cancellationToken) => turn.Inbound.Kind switch
    {
        InboundKind.Message => messages.HandleAsync(turn, cancellationToken),
        InboundKind.BotAdded => welcome.HandleAsync(turn, cancellationToken),
        _ => Task.CompletedTask,
    };

    [LoggerMessage(EventId = FailureEvents.AnswerRefusedForGood, Level = LogLevel.Warning, Message = "The channel {ChannelId} refused the answer for good ({Failure}); the conversation is marked")]
    private partial void LogAnswerRefused(ProactiveFailure failure, string channelId);

    [LoggerMessage(EventId = FailureEvents.TurnFailed, Level = LogLevel.Error, Message = "A {Kind} turn on channel {ChannelId} failed")]
    private partial void LogTurnFailed(Exception error, InboundKind kind, string channelId);
}
