namespace Rectification.Bot.Administration;

/// <summary>A command line that cannot be understood; the message is the one-line explanation shown.</summary>
public sealed class UsageException(string message) : Exception(message);
