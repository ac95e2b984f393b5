namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// Subscribe to the weekly digest: "subscribe to the weekly digest every Friday 17:00", 订阅周报 每周五17点.
/// Day and time are what the message said; null means it said nothing (or nothing valid) and the default applies.
/// </summary>
public sealed record SubscribeIntent(DayOfWeek? Day, TimeOnly? Time) : Intent;
