namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// A refused request. It is an <see cref="UnauthorizedAccessException"/>, so the HTTP layer answers 401 with no
/// body, as the SDK does for every authentication failure (the docs' 403 for endorsement and Emulator failures is
/// not used: one status for every refusal tells an attacker nothing). The message is safe to log: it never holds the
/// token.
/// </summary>
public sealed class BotFrameworkAuthenticationException : UnauthorizedAccessException
{
    public BotFrameworkAuthenticationException(
        AuthenticationFailureReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public AuthenticationFailureReason Reason { get; }
}
