namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// An administrator's request in plain words (把王五改成管理员, "set the deadline of item 5 to 2024-12-31"). It only
/// says what the message asked for; nothing changes until the administrator confirms. A null value is a part
/// the message did not give, which the answer names as missing.
/// </summary>
public abstract record AdminRequestIntent : Intent;
