using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Rectification.Bot.Channels.BotFramework.Connector.Auth;
using Rectification.Bot.Hosting.Logging;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Runs once per attempt, inside the retry pipeline: puts a current bearer token on the request (a long retry
/// sequence may outlive a token), logs the channel's correlation id, and notes the status for the caller.
/// </summary>
internal sealed partial class ConnectorAttemptHandler(IBotTokenProvider tokens, ILogger<ConnectorAttemptHandler> logger)
    : DelegatingHandler
{
    /// <summary>The status of the latest attempt, so a call that runs out of time can still say what it last saw.</summary>
    public static readonly HttpRequestOptionsKey<int> LastStatusKey = new("Rectification.Connector.LastStatus");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        request.Options.Set(LastStatusKey, (int)response.StatusCode);
        LogAttempt(request, response);
        return response;
    }

    private void LogAttempt(HttpRequestMessage request, HttpResponseMessage response)
    {
        var correlationId = ConnectorErrorReader.CorrelationIdOf(response);
        if (response.IsSuccessStatusCode)
        {
            LogSucceeded(request.Method, request.RequestUri, (int)response.StatusCode, correlationId);
        }
        else
        {
            LogFailed(request.Method, request.RequestUri, (int)response.StatusCode, correlationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Method} {Uri} answered {Status} (X-Correlating-OperationId {CorrelationId})")]
    private partial void LogSucceeded(HttpMethod method, Uri? uri, int status, string? correlationId);

    [LoggerMessage(EventId = FailureEvents.ConnectorAnsweredError, Level = LogLevel.Warning, Message = "Connector {Method} {Uri} answered {Status} (X-Correlating-OperationId {CorrelationId})")]
    private partial void LogFailed(HttpMethod method, Uri? uri, int status, string? correlationId);
}
