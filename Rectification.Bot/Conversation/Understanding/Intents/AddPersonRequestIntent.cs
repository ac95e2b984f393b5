using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>添加张三为科技金融处的工作人员, "add 张三 as staff in 科技金融处": a new person's name, role (null: not given) and department.</summary>
public sealed record AddPersonRequestIntent(string Name, PersonRole? Role, string? Department) : AdminRequestIntent;
