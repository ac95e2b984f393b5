using Rectification.Bot.Conversation.Understanding.Rounds;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>An admin makes a round the conversation's current one: "切换到第五轮巡察", "/round 2", "switch to round 2".</summary>
public sealed record SwitchRoundIntent(RoundReference Round) : Intent;
