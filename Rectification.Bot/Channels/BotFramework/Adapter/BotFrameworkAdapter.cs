using System.Text.Json;
using Rectification.Bot.Channels.BotFramework.Authentication;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// Runs one authenticated inbound activity through the conversation and shapes the HTTP answer the way the
/// SDK's CloudAdapter does: 200 empty, the invoke's own status and body (501 when nobody answered it), or
/// the buffered replies for expectReplies.
/// </summary>
internal sealed partial class BotFrameworkAdapter(
    IBotFrameworkAuthenticator authenticator,
    InboundActivityBookkeeping bookkeeping,
    IConversationBot bot,
    ILogger<BotFrameworkAdapter> logger)
{
    /// <summary>Authenticates, then processes the activity once. Throws UnauthorizedAccessException on a refusal.</summary>
    public async Task<AdapterResponse> ProcessAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken)
    {
        var caller = await authenticator.AuthenticateAsync(activity, authorizationHeader, cancellationToken);
        activity.CallerId = caller.CallerId;
        TeamsActivityNormalizer.Normalize(activity);
        if (!await bookkeeping.TryBeginAsync(activity, cancellationToken))
        {
            LogDuplicate(activity.Id, activity.ChannelId);
            return activity.DeliveryMode == DeliveryModes.ExpectReplies
                ? new AdapterResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToNode(new ExpectedReplies(), ActivitySerializer.Options))
                : AdapterResponse.Ok;
        }

        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            return await ProcessExpectingRepliesAsync(activity, cancellationToken);
        }

        var turn = new BufferedTurnContext(activity);
        await RunTurnAsync(turn, cancellationToken);
        if (turn.Replies.Count > 0)
        {
            LogRepliesWithoutConnector(turn.Replies.Count, activity.ChannelId);
        }

        return InvokeAnswer(turn) ?? AdapterResponse.Ok;
    }

    private async Task<AdapterResponse> ProcessExpectingRepliesAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = new BufferedTurnContext(activity);
        await RunTurnAsync(turn, cancellationToken);
        var replies = new ExpectedReplies { Activities = [.. turn.Replies] };
        if (activity.Type == ActivityTypes.Invoke)
        {
            var answer = turn.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
            replies.Activities.Add(new Activity
            {
                Type = ActivityTypes.InvokeResponse,
                Value = JsonSerializer.SerializeToNode(answer, ActivitySerializer.Options),
            });
        }

        return new AdapterResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToNode(replies, ActivitySerializer.Options));
    }

    private Task RunTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => bot.OnTurnAsync(turn, cancellationToken);

    private static AdapterResponse? InvokeAnswer(BufferedTurnContext turn) => turn.Activity.Type != ActivityTypes.Invoke
        ? null
        : turn.InvokeResponse is { } answer ? new AdapterResponse(answer.Status, answer.Body) : AdapterResponse.NotImplemented;

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} on channel {ChannelId} was already processed; the retry is acknowledged and ignored")]
    private partial void LogDuplicate(string? activityId, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} replies on channel {ChannelId} could not be delivered: no connector is configured for normal delivery")]
    private partial void LogRepliesWithoutConnector(int count, string? channelId);
}
