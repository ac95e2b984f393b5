namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// Send the digest now: "digest now", 本周周报, "/digest" (the last complete week, as subscribers get it); with
/// <paramref name="SoFarThisWeek"/>, "digest so far this week", 本周到目前为止的周报: the current week up to now.
/// </summary>
public sealed record DigestNowIntent(bool SoFarThisWeek = false) : Intent;
