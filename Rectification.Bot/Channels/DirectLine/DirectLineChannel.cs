using Rectification.Bot.Cards.Model;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>The Direct Line channel as the core knows it: its names and what it can do.</summary>
internal static class DirectLineChannel
{
    /// <summary>The name in the channel registry and the channel id of its conversations.</summary>
    public const string Name = "directline";

    /// <summary>The bot's account in its conversations.</summary>
    public const string BotId = "rectification-bot";

    /// <summary>
    /// Web Chat renders Adaptive Cards (its renderer reads 1.5 and more); every conversation is one person's, the
    /// bot writes first into it (the client fetches), and a sent message stays as it was. Files and pictures travel
    /// inside the activity (<see cref="DirectLineOutbound"/>).
    /// </summary>
    public static ChannelCapabilities Capabilities { get; } = new(
        CardVersion.V1_5, PersonalChats: true, Proactive: true, EditsMessages: false, MaxMessageLength: 28_000,
        ReceivesFiles: true, ReceivesImages: true);
}
