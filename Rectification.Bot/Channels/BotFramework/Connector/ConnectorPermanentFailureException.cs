namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>Why a send can never succeed as it stands, whatever the number of retries.</summary>
public enum ConnectorFailureReason
{
    /// <summary>403 MessageWritesBlocked / ConversationBlockedByUser: the user blocked or removed the bot.</summary>
    WritesBlocked,

    /// <summary>413 MessageSizeTooBig (RequestEntityTooLarge): the payload exceeds Teams' 100 KB limit.</summary>
    MessageTooBig,
}

/// <summary>
/// A failure that is not retried: the caller should record it against the conversation reference
/// (stop sending there, or shrink the message) instead of trying again.
/// </summary>
public sealed class ConnectorPermanentFailureException : ConnectorException
{
    public ConnectorPermanentFailureException(ConnectorFailureReason reason, ConnectorFailureDetails details)
        : base($"Connector refused the activity permanently ({reason}, HTTP {(int?)details.StatusCode} {details.Code}).", details)
    {
        Reason = reason;
    }

    public ConnectorFailureReason Reason { get; }
}
