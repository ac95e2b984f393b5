namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// "What do I still need to do": the open findings of the asker's department, earliest deadline first
/// (我的待办, 我还有哪些没做完, "my to-do list").
/// </summary>
public sealed record MyToDoIntent : Intent;
