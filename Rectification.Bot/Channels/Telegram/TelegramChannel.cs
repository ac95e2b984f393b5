using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>The Telegram channel as the core knows it: its names and what it can do.</summary>
internal static class TelegramChannel
{
    /// <summary>The name in the channel registry and the channel id of its conversations.</summary>
    public const string Name = "telegram";

    /// <summary>
    /// No Adaptive Cards (cards become HTML and buttons); private chats, writing first and editing a sent message;
    /// files (sendDocument) and pictures (sendPhoto).
    /// </summary>
    public static ChannelCapabilities Capabilities { get; } = new(
        CardVersion: null, PersonalChats: true, Proactive: true, EditsMessages: true, MaxMessageLength: Rendering.TelegramMessageSplitter.MaxLength,
        ReceivesFiles: true, ReceivesImages: true);
}
