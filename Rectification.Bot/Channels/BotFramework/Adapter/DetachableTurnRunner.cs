using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Transcripts;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// Runs a normal-delivery turn in its own service scope, so it may outlive the HTTP request: after
/// <see cref="TurnTimingOptions.TypingIndicatorAfter"/> the person sees "typing…", and after
/// <see cref="TurnTimingOptions.AcknowledgeAfter"/> the request is answered 200 while the turn finishes in
/// the background and sends its answers through the connector.
/// </summary>
internal sealed partial class DetachableTurnRunner(
    IServiceScopeFactory scopes,
    BackgroundTurns background,
    IOptions<TurnTimingOptions> timing,
    TimeProvider clock,
    ILogger<DetachableTurnRunner> logger)
{
    public async Task RunAsync(Activity activity, InboundMessage inbound, CancellationToken requestAborted)
    {
        var turn = background.Track(RunInOwnScopeAsync(activity, inbound));
        if (await FinishesWithinAsync(turn, timing.Value.TypingIndicatorAfter, requestAborted))
        {
            return;
        }

        await SendTypingAsync(activity, requestAborted);
        var remaining = timing.Value.AcknowledgeAfter - timing.Value.TypingIndicatorAfter;
        if (!await FinishesWithinAsync(turn, remaining, requestAborted))
        {
            LogContinuesInBackground(activity.Id, activity.ChannelId);
        }
    }

    private async Task RunInOwnScopeAsync(Activity activity, InboundMessage inbound)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var turn = new ConnectorTurnContext(activity, inbound, services.GetRequiredService<ConnectorDelivery>());
        try
        {
            await services.GetRequiredService<IConversationBot>().OnTurnAsync(turn, background.Stopping);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogTurnFailed(error, activity.Id, activity.ChannelId);
        }
    }

    private async Task<bool> FinishesWithinAsync(Task turn, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (wait <= TimeSpan.Zero)
        {
            return turn.IsCompleted;
        }

        await Task.WhenAny(turn, Task.Delay(wait, clock, cancellationToken)).ConfigureAwait(false);
        return turn.IsCompleted;
    }

    private async Task SendTypingAsync(Activity inbound, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var typing = inbound.CreateReply();
        typing.Type = ActivityTypes.Typing;
        try
        {
            await scope.ServiceProvider.GetRequiredService<IConnectorClient>().SendAsync(typing, cancellationToken);
        }
        catch (ConnectorException error)
        {
            LogTypingFailed(error, inbound.ChannelId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn for activity {ActivityId} on {ChannelId} is slow; acknowledged, it goes on in the background")]
    private partial void LogContinuesInBackground(string? activityId, string? channelId);

    [LoggerMessage(EventId = FailureEvents.BotFrameworkTurnFailed, Level = LogLevel.Error, Message = "Turn for activity {ActivityId} on {ChannelId} failed")]
    private partial void LogTurnFailed(Exception error, string? activityId, string? channelId);

    [LoggerMessage(EventId = FailureEvents.TypingIndicatorFailed, Level = LogLevel.Warning, Message = "Could not show the typing indicator on {ChannelId}")]
    private partial void LogTypingFailed(Exception error, string? channelId);
}
