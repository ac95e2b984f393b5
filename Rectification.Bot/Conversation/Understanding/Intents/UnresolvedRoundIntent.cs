using Rectification.Bot.Conversation.Understanding.Rounds;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>A question named a round the ledger has none of, or several that fit: "第九轮第3项" with three rounds.</summary>
public sealed record UnresolvedRoundIntent(RoundReference Round) : Intent;
