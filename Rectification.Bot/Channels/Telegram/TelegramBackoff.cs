namespace Rectification.Bot.Channels.Telegram;

/// <summary>How long to wait after failed calls to Telegram: 1, 2, 4 … seconds, at most a minute.</summary>
internal static class TelegramBackoff
{
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    public static TimeSpan After(int failures) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(failures, 10)), Longest.TotalSeconds));
}
