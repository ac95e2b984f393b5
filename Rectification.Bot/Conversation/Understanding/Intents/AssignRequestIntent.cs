namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// 分配第十三项 科技金融处 李局长 2024-12-31, 让科技金融处负责第五项: a finding's responsible department (null: not
/// given), and optionally its leader and deadline.
/// </summary>
public sealed record AssignRequestIntent(int FindingNumber, string? Department, string? Leader, DateOnly? Deadline) : AdminRequestIntent;
