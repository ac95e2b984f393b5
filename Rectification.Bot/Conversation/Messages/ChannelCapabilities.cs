using Rectification.Bot.Cards.Model;

namespace Rectification.Bot.Conversation.Messages;

/// <summary>What a channel can do, so the conversation asks instead of naming channels.</summary>
/// <param name="CardVersion">The newest Adaptive Card version the channel renders; null when it shows no Adaptive Cards.</param>
/// <param name="PersonalChats">Whether the bot can talk to a person one to one there.</param>
/// <param name="Proactive">Whether the bot can write first (digests, reminders).</param>
/// <param name="EditsMessages">Whether a sent message can be replaced in place (a card refreshed after a press).</param>
/// <param name="MaxMessageLength">The most characters one message may carry; longer text is split by the channel.</param>
/// <param name="RateLimited">
/// Whether the per-person message limit (RateLimits) applies: it does wherever messages come over the network; the
/// operator's own console, fed from a terminal or a script on the machine, is not limited.
/// </param>
/// <param name="ReceivesFiles">Whether a file (the ledger workbook) can be handed to the person as an attachment.</param>
/// <param name="FilesInPersonalChatsOnly">
/// Whether files reach a person only in a one-to-one chat (Teams' file consent), so a group is pointed there.
/// </param>
/// <param name="ReceivesImages">Whether a picture (the progress chart) can be shown in the conversation.</param>
public sealed record ChannelCapabilities(
    CardVersion? CardVersion,
    bool PersonalChats,
    bool Proactive,
    bool EditsMessages,
    int MaxMessageLength,
    bool RateLimited = true,
    bool ReceivesFiles = false,
    bool ReceivesImages = false,
    bool FilesInPersonalChatsOnly = false);
