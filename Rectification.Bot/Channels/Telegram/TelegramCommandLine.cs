namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// A message that starts with a command: "/status 14", "/status@RectBot 14" in a group. A command addressed to
/// another bot ("/status@OtherBot") is not for us.
/// </summary>
internal sealed record TelegramCommandLine(string Name, string? Addressee, string Arguments)
{
    public static TelegramCommandLine? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return null;
        }

        var end = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = end < 0 ? trimmed[1..] : trimmed[1..end];
        var arguments = end < 0 ? string.Empty : trimmed[end..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        return at < 0
            ? new TelegramCommandLine(head, null, arguments)
            : new TelegramCommandLine(head[..at], head[(at + 1)..], arguments);
    }

    public bool IsFor(string botUsername) =>
        Addressee is null || string.Equals(Addressee, botUsername, StringComparison.OrdinalIgnoreCase);
}
