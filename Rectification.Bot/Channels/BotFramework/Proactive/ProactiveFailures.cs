using System.Net;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.BotFramework.Proactive;

/// <summary>Translates what the Connector said into what a delivery worker can act on.</summary>
internal static class ProactiveFailures
{
    public static ProactiveDeliveryException From(Exception error) => error switch
    {
        ConnectorPermanentFailureException { Reason: ConnectorFailureReason.WritesBlocked } blocked =>
            new(ProactiveFailure.Blocked, blocked.Message, blocked),
        ConnectorPermanentFailureException tooBig => new(ProactiveFailure.TooLarge, tooBig.Message, tooBig),
        ConnectorException failed when IsTransient(failed.StatusCode) => new(ProactiveFailure.Transient, failed.Message, failed),
        _ => new(ProactiveFailure.Refused, error.Message, error),
    };

    public static DeliveryFailure AsDeliveryFailure(ConnectorPermanentFailureException refused) =>
        refused.Reason == ConnectorFailureReason.WritesBlocked ? DeliveryFailure.WritesBlocked : DeliveryFailure.MessageTooBig;

    /// <summary>
    /// No answer at all (timeout, network), throttling, server errors, and 412 which Teams lists as retryable:
    /// worth trying later. Other 4xx (bad request, conversation not found, bot not in roster) will not change.
    /// </summary>
    private static bool IsTransient(HttpStatusCode? status) => status switch
    {
        null => true,
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout => true,
        _ => (int)status >= 500,
    };
}
