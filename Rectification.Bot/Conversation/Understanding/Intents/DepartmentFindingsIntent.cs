namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// Every finding of one department, open ones first, with their deadlines: the asker's own when
/// <paramref name="Department"/> is null (我负责的是哪几项, 我们处的问题, "my items", "our department's items"),
/// else the one named (科技金融处的问题).
/// </summary>
public sealed record DepartmentFindingsIntent(string? Department = null) : Intent;
