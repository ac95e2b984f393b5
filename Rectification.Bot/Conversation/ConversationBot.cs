using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.CardActions;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Conversation.Turns;
using Rectification.Bot.Conversation.Welcome;

namespace Rectification.Bot.Conversation;

/// <summary>
/// The conversation core: routes each activity by its type, and makes sure a failure still ends with a polite
/// answer in the person's language rather than silence.
/// </summary>
internal sealed partial class ConversationBot(
    MessageTurnHandler messages,
    WelcomeTurnHandler welcome,
    AdaptiveCardActionHandler cardActions,
    TurnApology apology,
    ILogger<ConversationBot> logger) : IConversationBot
{
    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await RouteAsync(turn, cancellationToken);
        }
        catch (ProactiveDeliveryException refused) when (refused.IsPermanent)
        {
            // The channel will not take messages in this conversation (blocked, too large): an apology would fail too.
            LogAnswerRefused(refused.Failure, turn.Activity.ChannelId);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogTurnFailed(error, turn.Activity.Type, turn.Activity.ChannelId);
            await apology.SendAsync(turn, cancellationToken);
        }
    }

    private Task RouteAsync(ITurnContext turn, CancellationToken cancellationToken) => turn.Activity.Type switch
    {
        ActivityTypes.Message => messages.HandleAsync(turn, cancellationToken),
        ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate => welcome.HandleAsync(turn, cancellationToken),
        // Other invokes stay unanswered: the channel gets 501, as from the SDK.
        ActivityTypes.Invoke when turn.Activity.Name == AdaptiveCardActionHandler.InvokeName => cardActions.HandleAsync(turn, cancellationToken),
        // Channels add new activity and event types without notice; anything else is acknowledged quietly.
        _ => Task.CompletedTask,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The channel {ChannelId} refused the answer for good ({Failure}); the conversation is marked")]
    private partial void LogAnswerRefused(ProactiveFailure failure, string? channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {ActivityType} turn on channel {ChannelId} failed")]
    private partial void LogTurnFailed(Exception error, string? activityType, string? channelId);
}
