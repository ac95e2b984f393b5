namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>"unsubscribe", 取消订阅, 退订.</summary>
public sealed record UnsubscribeIntent : Intent;
