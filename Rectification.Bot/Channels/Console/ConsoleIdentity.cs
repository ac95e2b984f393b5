namespace Rectification.Bot.Channels.Console;

/// <summary>Who is typing in the terminal, as the conversation will see them.</summary>
public sealed record ConsoleIdentity(string UserId, string UserName, string? Locale)
{
    public const string ChannelId = "console";

    public static ConsoleIdentity CurrentUser(string? locale = null) =>
        new($"console:{Environment.UserName}", Environment.UserName, locale);

    public string ConversationId => $"console:{UserId}";
}
