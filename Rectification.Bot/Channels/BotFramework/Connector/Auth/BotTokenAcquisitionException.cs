namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>
/// No token could be obtained (wrong secret, unknown tenant, identity endpoint down). A Connector call cannot be
/// made without it, so it is a <see cref="ConnectorException"/> too; the inner exception is MSAL's.
/// </summary>
public sealed class BotTokenAcquisitionException : ConnectorException
{
    public BotTokenAcquisitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
