namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// Sign a finding off as rectified: "sign off 14", 销号第十四项. Null number: ask which. <paramref name="WithoutEvidence"/>:
/// the leader overrides the evidence gate ("销号第12项，理由：…", "sign off 12 without evidence because …"), saying why in
/// <paramref name="Reason"/> (null when they did not say, which is refused with how to say it).
/// </summary>
public sealed record SignOffIntent(int? FindingNumber, bool WithoutEvidence = false, string? Reason = null) : Intent;
