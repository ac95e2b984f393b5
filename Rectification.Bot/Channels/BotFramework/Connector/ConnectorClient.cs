using System.Net;
using System.Text;
using Polly.Timeout;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// The Connector REST API v3 over a typed <see cref="HttpClient"/>. Authentication, retries and logging live in the
/// client's handlers (see <see cref="ConnectorServiceCollectionExtensions"/>); this class builds requests and reads answers.
/// </summary>
internal sealed class ConnectorClient(HttpClient http, TimeProvider time) : IConnectorClient
{
    public const string HttpClientName = "BotFramework.Connector";

    public Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Post, ConnectorUris.Activity(serviceUrl, conversationId, replyToId), JsonBody(activity),
            EmptyResource, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Post, ConnectorUris.Activities(serviceUrl, conversationId), JsonBody(activity),
            EmptyResource, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Put, ConnectorUris.Activity(serviceUrl, conversationId, activityId), JsonBody(activity),
            EmptyResource, cancellationToken);

    public async Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, ConnectorUris.Activity(serviceUrl, conversationId, activityId));
        using var response = await SendCheckedAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), JsonBody(parameters),
            () => new ConversationResourceResponse(null, null, null), cancellationToken);

    public async Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (OutgoingActivityRules.Decide(activity))
        {
            case OutgoingAction.Drop:
                return null;
            case OutgoingAction.Wait:
                await Task.Delay(OutgoingActivityRules.DelayOf(activity), time, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                return await TransmitAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<ResourceResponse> TransmitAsync(Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl
            ?? throw new ArgumentException("The activity has no serviceUrl to send to.", nameof(activity));
        var conversationId = activity.Conversation?.Id
            ?? throw new ArgumentException("The activity has no conversation.id to send to.", nameof(activity));
        var wire = OutgoingActivityRules.ForWire(activity);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? SendToConversationAsync(serviceUrl, conversationId, wire, cancellationToken)
            : ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, wire, cancellationToken);
    }

    private async Task<T> CallAsync<T>(
        HttpMethod method, Uri uri, HttpContent body, Func<T> whenEmpty, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = body };
        using var response = await SendCheckedAsync(request, cancellationToken).ConfigureAwait(false);
        var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        // Some channels answer 200/202 with no body; that is success without an id, not an error.
        return string.IsNullOrWhiteSpace(json) ? whenEmpty() : ActivitySerializer.Deserialize<T>(json) ?? whenEmpty();
    }

    /// <summary>Sends through the pipeline; returns a success answer or throws what went wrong.</summary>
    private async Task<HttpResponseMessage> SendCheckedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or HttpRequestException)
        {
            throw NoAnswer(request, ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ConnectorErrorReader.ToExceptionAsync(response, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The budget ran out or the network failed on the last attempt: say what the last attempt saw.</summary>
    private static ConnectorException NoAnswer(HttpRequestMessage request, Exception cause)
    {
        HttpStatusCode? lastStatus = request.Options.TryGetValue(ConnectorAttemptHandler.LastStatusKey, out var status)
            ? (HttpStatusCode)status
            : null;
        var what = cause is TimeoutRejectedException ? "no success within the retry time bound" : "the network failed";
        return new ConnectorException(
            $"Connector {request.Method} gave up: {what} (last status {(int?)lastStatus}).",
            new ConnectorFailureDetails(lastStatus),
            cause);
    }

    private static StringContent JsonBody<T>(T body) =>
        new(ActivitySerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static ResourceResponse EmptyResource() => new(null);
}
