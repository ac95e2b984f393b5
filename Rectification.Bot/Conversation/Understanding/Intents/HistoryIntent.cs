namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Show what was reported about a finding: "history of item 14", 第十四项历史. Null: ask which.</summary>
public sealed record HistoryIntent(int? FindingNumber) : Intent;
