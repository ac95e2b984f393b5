using System.Net;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// A Connector call that did not succeed: a non-success answer (after any retries), a network failure,
/// or the retry budget running out. Carries what the channel said, so the caller can decide what to do.
/// </summary>
public class ConnectorException : Exception
{
    public ConnectorException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, ConnectorFailureDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = details.StatusCode;
        Code = details.Code;
        ErrorMessage = details.Message;
        CorrelationId = details.CorrelationId;
        RetryAfter = details.RetryAfter;
    }

    /// <summary>The last HTTP status seen; null when no answer arrived at all.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>ErrorResponse <c>error.code</c> (Teams: e.g. ConversationNotFound, BotNotInConversationRoster).</summary>
    public string? Code { get; }

    /// <summary>ErrorResponse <c>error.message</c>, or the top-level <c>message</c> of Teams' other error shape.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The channel's <c>X-Correlating-OperationId</c>: quote it when asking Microsoft about a failure.</summary>
    public string? CorrelationId { get; }

    /// <summary>
    /// The final answer's Retry-After, if it had one: when the channel wants the next try. A pause longer than
    /// Connector:Retry:MaxRetryAfter is not waited for by this client, so the caller should schedule it.
    /// </summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>What a failed answer said, gathered before the exception is built.</summary>
public sealed record ConnectorFailureDetails(
    HttpStatusCode? StatusCode,
    string? Code = null,
    string? Message = null,
    string? CorrelationId = null,
    TimeSpan? RetryAfter = null);
