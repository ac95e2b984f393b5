namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Reopen a signed-off finding: "reopen 14 figures were wrong", 重新打开第十四项：原因…. Nulls: ask.</summary>
public sealed record ReopenIntent(int? FindingNumber, string? Reason) : Intent;
