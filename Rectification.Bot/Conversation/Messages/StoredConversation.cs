namespace Rectification.Bot.Conversation.Messages;

/// <summary>
/// A conversation the bot can write to later, as stored: the address, who the bot talks to there, and whatever its
/// channel needs to reach it again (<see cref="ChannelData"/>, opaque to everything but that channel).
/// </summary>
public sealed record StoredConversation(
    ConversationAddress Address,
    string? UserId,
    string? AlternateUserId,
    string? UserName,
    string? Locale,
    string ChannelData);
