using Rectification.Domain.Supervision;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// The supervision list and its plain questions: 督办清单 / "overdue list" (every colour), 哪些问题逾期了 / "which items are
/// overdue" (yellow and red), 红色督办 (one colour), 3个工作日内到期的问题 / "due within 5 working days".
/// </summary>
public sealed record SupervisionListIntent(SupervisionFilter Filter, int? WithinWorkingDays = null) : Intent;
