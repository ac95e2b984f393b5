namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// 绑定Telegram, "link telegram": a known person asks for a one-time code to link another account of theirs.
/// <paramref name="Realm"/> is the kind of account named (telegram, microsoft), null when none was.
/// </summary>
public sealed record LinkAccountIntent(string? Realm) : Intent;
