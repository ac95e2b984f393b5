namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>"link K7M2QX9P", 绑定 K7M2QX9P, /link K7M2QX9P: a one-time code sent from the account to link (normalized, upper case).</summary>
public sealed record RedeemLinkCodeIntent(string Code) : Intent;
