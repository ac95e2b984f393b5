namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// The answer to a follow-up check (回头看): "第12项回头看：未反弹", "follow-up 12: no recurrence", "第12项回头看：反弹，原因…".
/// <paramref name="Recurred"/> null: the message named the check but not the answer (the question is shown again).
/// </summary>
public sealed record FollowUpIntent(int FindingNumber, bool? Recurred, string? Note) : Intent;
