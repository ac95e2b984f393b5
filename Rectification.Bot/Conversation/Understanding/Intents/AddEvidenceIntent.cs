namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// Evidence for an earlier entry: "补充第14项第3条佐证：https://…", "第14项佐证 https://…", "add evidence to 14.3: https://…",
/// "evidence for 14" (with a file attached). <paramref name="Evidence"/> is what the message holds besides the command
/// (a link, with its name if one was written around it), null when nothing; the answer reads it by the evidence rules.
/// A null finding or measure was not said.
/// </summary>
public sealed record AddEvidenceIntent(int? FindingNumber, int? MeasureOrdinal, string? Evidence) : Intent;
