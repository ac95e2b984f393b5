namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// The message names a finding number that does not exist ("item 30", 第一百零五项) or cannot be read
/// ("item x1", 第十十项). <paramref name="Value"/> is null when unreadable; the answer names the valid range
/// <paramref name="Min"/>–<paramref name="Max"/>.
/// </summary>
public sealed record NumberOutOfRangeIntent(string Raw, int? Value, int Min, int Max) : Intent;
