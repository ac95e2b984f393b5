namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Leave the current dialog: "cancel", 取消, 算了.</summary>
public sealed record CancelIntent : Intent;
