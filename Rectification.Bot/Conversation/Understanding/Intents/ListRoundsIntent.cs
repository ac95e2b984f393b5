namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>The inspection rounds the ledger holds: "list rounds", 有哪些巡察轮次, "/rounds".</summary>
public sealed record ListRoundsIntent : Intent;
