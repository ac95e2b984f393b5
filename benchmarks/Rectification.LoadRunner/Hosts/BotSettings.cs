namespace Rectification.LoadRunner.Hosts;

/// <summary>The configuration the bot is measured with, in-process and as its own process alike.</summary>
public static class BotSettings
{
    public static IReadOnlyList<KeyValuePair<string, string>> For(string databasePath) =>
    [
        new("ConnectionStrings:Rectification", $"Data Source={databasePath}"),
        new("Security:Mode", "Development"),
        // The minute-by-minute digest job is not the per-message path; it would only add noise to the window.
        new("Scheduling:Enabled", "false"),
        // One log line per turn on the console would measure the terminal, not the bot.
        new("Logging:LogLevel:Default", "Warning"),
        // The load is thousands of questions a second from one address and a few users: the limits (still checked on
        // every message, so their cost is measured) are raised so that every question is answered, not refused.
        new("RateLimits:MessagesPerUser", "1000000000"),
        new("RateLimits:RequestsPerAddress", "1000000000"),
    ];
}
