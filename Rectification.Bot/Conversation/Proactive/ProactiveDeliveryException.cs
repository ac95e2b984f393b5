namespace Rectification.Bot.Conversation.Proactive;

/// <summary>Why a proactive message did not arrive, in terms a retry policy can act on.</summary>
public enum ProactiveFailure
{
    /// <summary>Worth retrying later: throttling, a timeout, the channel briefly down.</summary>
    Transient,

    /// <summary>The person blocked or removed the bot: stop sending to this conversation.</summary>
    Blocked,

    /// <summary>The message is too large for the channel: sending it again will not help.</summary>
    TooLarge,

    /// <summary>Anything else the channel refused (bad request, conversation gone).</summary>
    Refused,

    /// <summary>No channel of this bot delivers to the reference's channel id.</summary>
    NoChannel,
}

public sealed class ProactiveDeliveryException(ProactiveFailure failure, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ProactiveFailure Failure { get; } = failure;

    public bool IsPermanent => Failure != ProactiveFailure.Transient;
}
