namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Go back one step in the current dialog: "back", 上一步, 返回.</summary>
public sealed record BackIntent : Intent;
