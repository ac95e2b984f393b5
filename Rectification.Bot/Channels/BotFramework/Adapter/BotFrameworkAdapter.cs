using System.Text.Json;
using Rectification.Bot.Channels.BotFramework.Authentication;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Invokes;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Teams.Files;
using Rectification.Bot.Channels.BotFramework.Transcripts;
using Rectification.Bot.Conversation;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Storage;

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
    AdaptiveCardActionHandler cardActions,
    DetachableTurnRunner turns,
    TenantAllowList tenants,
    TranscriptRecorder transcripts,
    IServiceProvider services,
    ILogger<BotFrameworkAdapter> logger)
{
    /// <summary>Authenticates, then processes the activity once. Throws UnauthorizedAccessException on a refusal.</summary>
    public async Task<AdapterResponse> ProcessAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken)
    {
        var caller = await authenticator.AuthenticateAsync(activity, authorizationHeader, cancellationToken);
        activity.CallerId = caller.CallerId;
        TeamsActivityNormalizer.Normalize(activity);
        if (!tenants.Admits(activity))
        {
            // Acknowledged so the channel does not retry; an invoke is told plainly that it is not allowed.
            LogOtherTenant(activity.Type, activity.Conversation?.TenantId, activity.ChannelId);
            return activity.Type == ActivityTypes.Invoke ? new AdapterResponse(StatusCodes.Status403Forbidden) : Acknowledged(activity);
        }

        if (!await bookkeeping.TryBeginAsync(activity, cancellationToken))
        {
            LogDuplicate(activity.Id, activity.ChannelId);
            return Acknowledged(activity);
        }

        try
        {
            await transcripts.RecordInboundAsync(activity, cancellationToken);
            return await RunTurnAsync(activity, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The channel gets an error and will retry: the retry must be processed, not taken for a duplicate.
            await bookkeeping.ReleaseAsync(activity);
            throw;
        }
    }

    private async Task<AdapterResponse> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            return await InvokeAsync(activity, cancellationToken);
        }

        if (BotFrameworkInbound.From(activity) is not { } inbound)
        {
            // Channels add new activity and event types without notice; anything else is acknowledged quietly.
            return Acknowledged(activity);
        }

        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            var buffered = new BufferedTurnContext(activity, inbound);
            await bot.OnTurnAsync(buffered, cancellationToken);
            return await RepliesAsync(buffered, invokeAnswer: null, cancellationToken);
        }

        await turns.RunAsync(activity, inbound, cancellationToken);
        return AdapterResponse.Ok;
    }

    /// <summary>An invoke is answered in the HTTP response itself, so it cannot be left to the background.</summary>
    private async Task<AdapterResponse> InvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name == FileConsentInvoke.InvokeName)
        {
            var answer = await services.GetRequiredService<FileConsentHandler>().HandleAsync(activity, cancellationToken);
            return new AdapterResponse(answer.Status, answer.Body);
        }

        var expectsReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        // Other invokes stay unanswered: the channel gets 501, as from the SDK.
        if (activity.Name != AdaptiveCardActionHandler.InvokeName)
        {
            return expectsReplies
                ? await RepliesAsync(new BufferedTurnContext(activity, BotFrameworkInbound.Message(activity)), new InvokeResponse(StatusCodes.Status501NotImplemented), cancellationToken)
                : AdapterResponse.NotImplemented;
        }

        var (press, refusal) = AdaptiveCardActionHandler.Read(activity);
        if (expectsReplies)
        {
            var buffered = new BufferedTurnContext(activity, press ?? BotFrameworkInbound.Message(activity));
            var answer = refusal ?? await cardActions.HandleAsync(activity, buffered, cancellationToken);
            return await RepliesAsync(buffered, answer, cancellationToken);
        }

        if (refusal is not null)
        {
            return new AdapterResponse(refusal.Status, refusal.Body);
        }

        // The connector is resolved only here: a turn answered in the response must not depend on outbound settings.
        var turn = new ConnectorTurnContext(activity, press!, services.GetRequiredService<ConnectorDelivery>());
        var response = await cardActions.HandleAsync(activity, turn, cancellationToken);
        return new AdapterResponse(response.Status, response.Body);
    }

    /// <summary>200 without processing: empty for normal delivery, an empty list for expectReplies.</summary>
    private static AdapterResponse Acknowledged(Activity activity) =>
        activity.DeliveryMode == DeliveryModes.ExpectReplies
            ? new AdapterResponse(StatusCodes.Status200OK, new ExpectedReplies())
            : AdapterResponse.Ok;

    /// <summary>The buffered replies, and for an invoke its answer as an invokeResponse activity after them.</summary>
    private async Task<AdapterResponse> RepliesAsync(BufferedTurnContext turn, InvokeResponse? invokeAnswer, CancellationToken cancellationToken)
    {
        foreach (var reply in turn.Replies)
        {
            await transcripts.RecordOutboundAsync(reply, reply.Id, cancellationToken);
        }

        var replies = new ExpectedReplies { Activities = [.. turn.Replies] };
        if (invokeAnswer is not null)
        {
            replies.Activities.Add(new Activity
            {
                Type = ActivityTypes.InvokeResponse,
                Value = JsonSerializer.SerializeToNode(invokeAnswer, ActivitySerializer.Options),
            });
        }

        return new AdapterResponse(StatusCodes.Status200OK, replies);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} on channel {ChannelId} was already processed; the retry is acknowledged and ignored")]
    private partial void LogDuplicate(string? activityId, string? channelId);

    [LoggerMessage(EventId = FailureEvents.OtherTenantIgnored, Level = LogLevel.Warning, Message = "A {ActivityType} activity from tenant {TenantId} on {ChannelId} was acknowledged but not processed: the tenant is not in BotFramework:AllowedTenants")]
    private partial void LogOtherTenant(string? activityType, string? tenantId, string? channelId);
}
