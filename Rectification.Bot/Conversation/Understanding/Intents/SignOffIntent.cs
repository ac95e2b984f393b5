namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Sign a finding off as rectified: "sign off 14", 销号第十四项. Null: ask which.</summary>
public sealed record SignOffIntent(int? FindingNumber) : Intent;
