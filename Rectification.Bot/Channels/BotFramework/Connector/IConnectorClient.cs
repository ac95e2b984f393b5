using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Outbound calls of the Bot Framework Connector REST API v3 (brief section 3). Every call authenticates as the
/// bot (no token in local mode), retries throttling and transient failures within a bounded time, and reports
/// failure as <see cref="ConnectorException"/>; 403 MessageWritesBlocked and 413 MessageSizeTooBig come as
/// <see cref="ConnectorPermanentFailureException"/>, never retried.
/// </summary>
public interface IConnectorClient
{
    /// <summary>POST /v3/conversations/{conversationId}/activities/{replyToId}: answer (or thread under) an activity.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>POST /v3/conversations/{conversationId}/activities: a message at the end of the conversation.</summary>
    Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>PUT /v3/conversations/{conversationId}/activities/{activityId}: replace a sent activity (refresh a card).</summary>
    Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>DELETE /v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary>POST /v3/conversations: start a conversation (Teams: see <see cref="TeamsConversationParameters"/>).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends as the SDK's turn does: Reply when <c>replyToId</c> is set, otherwise Send, to the activity's own
    /// serviceUrl and conversation, with the outgoing <c>id</c> cleared. A <c>trace</c> goes to the Emulator only,
    /// <c>invokeResponse</c> is never transmitted, and <c>delay</c> waits <c>value</c> ms (default 1000) instead.
    /// </summary>
    /// <returns>The channel's answer, or null when nothing was transmitted.</returns>
    Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken = default);
}
