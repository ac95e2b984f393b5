namespace Rectification.Bot.Hosting;

/// <summary>
/// A setting the bot cannot run with, found while the host is being built (before options validation can run). Its
/// message names the key and the fix; the process ends with <see cref="StartupRefusals.ConfigurationExitCode"/> and
/// that message, without a stack trace.
/// </summary>
public sealed class MisconfigurationException : InvalidOperationException
{
    public MisconfigurationException()
    {
    }

    public MisconfigurationException(string message)
        : base(message)
    {
    }

    public MisconfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
