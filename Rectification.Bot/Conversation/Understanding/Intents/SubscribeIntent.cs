using Rectification.Bot.Conversation.Understanding.Rounds;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// Subscribe to the weekly digest: "subscribe to the weekly digest every Friday 17:00", 订阅周报 每周五17点.
/// Day and time are what the message said; null means it said nothing (or nothing valid) and the default applies.
/// <paramref name="Round"/> is the one round the digest is to cover ("订阅第二轮的周报"), when the message names one.
/// </summary>
public sealed record SubscribeIntent(DayOfWeek? Day, TimeOnly? Time, RoundReference? Round = null) : Intent;
