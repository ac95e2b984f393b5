namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>What was recorded in the current week (from Monday 00:00, office time): 本周有什么变化, "what changed this week".</summary>
public sealed record WeekChangesIntent : Intent;
