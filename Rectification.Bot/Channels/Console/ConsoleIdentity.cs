using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.Console;

/// <summary>
/// Who is typing in the terminal, as the conversation will see them. The operator speaks as a person's account of a
/// realm (a Microsoft account unless told otherwise), so a chat here is the chat that person would have.
/// </summary>
public sealed record ConsoleIdentity(string UserId, string UserName, string? Locale, string Realm = IdentityRealms.Microsoft)
{
    public const string ChannelId = "console";

    public static ConsoleIdentity CurrentUser(string? locale = null) =>
        new($"console:{Environment.UserName}", Environment.UserName, locale);

    public string ConversationId => $"console:{UserId}";
}
