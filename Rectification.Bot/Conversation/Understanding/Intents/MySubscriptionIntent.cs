namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>"my subscription", "am I subscribed?", 我的订阅.</summary>
public sealed record MySubscriptionIntent : Intent;
