namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Send this week's digest now: "digest now", 本周周报, "/digest".</summary>
public sealed record DigestNowIntent : Intent;
