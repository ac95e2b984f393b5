namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>The day and time a subscriber asked the digest to come; null parts were not (validly) said.</summary>
public sealed record DigestSchedule(DayOfWeek? Day, TimeOnly? Time);
