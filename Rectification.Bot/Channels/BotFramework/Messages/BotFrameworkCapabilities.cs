using Rectification.Bot.Cards.Model;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Messages;

/// <summary>
/// What each Bot Framework channel can do. Teams renders Adaptive Cards up to 1.5 (desktop and web); Web Chat, Direct
/// Line and the Emulator render them too. Other Bot Framework channels (Slack, SMS, e-mail…) get the text.
/// </summary>
internal static class BotFrameworkCapabilities
{
    /// <summary>Teams' limit is about 28 KB per message; counted in characters, Chinese text stays well within it.</summary>
    private const int TeamsMaxMessageLength = 28_000;

    /// <summary>
    /// Pictures go inline (a data: URI, as Teams accepts images up to 1024×1024 and 1 MB). Files do not: outside Teams
    /// they are not sent; Teams hands a bot's file to a person only in a personal chat, through the file consent flow
    /// (Teams/Files: the consent card, fileConsent/invoke, the upload to OneDrive).
    /// </summary>
    private static readonly ChannelCapabilities Cards = new(
        CardVersion.V1_5, PersonalChats: true, Proactive: true, EditsMessages: true, TeamsMaxMessageLength, ReceivesFiles: false, ReceivesImages: true);

    private static readonly ChannelCapabilities Teams = Cards with { ReceivesFiles = true, FilesInPersonalChatsOnly = true };

    private static readonly ChannelCapabilities TextOnly = Cards with { CardVersion = null, ReceivesImages = false };

    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    public static ChannelCapabilities For(string? channelId) =>
        string.Equals(channelId, "msteams", StringComparison.OrdinalIgnoreCase) ? Teams
        : channelId is not null && CardChannels.Contains(channelId) ? Cards
        : TextOnly;
}
