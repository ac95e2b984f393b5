using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// A complete progress update in one message: "update 14.3: 已完成班子组建 100%", 更新第十四项第三条：…,
/// 第14项第3条完成80%, "5.3 done". <paramref name="Text"/> is the description as written, without the status words,
/// percentage and link, which live in <paramref name="Status"/>, <paramref name="Percent"/> and
/// <paramref name="Link"/>; it may be empty when the message only says "completed". A null status means the message
/// states none: the handler keeps the measure's status, it never assumes one. Whether the measure exists is for the handler.
/// </summary>
public sealed record MeasureUpdateIntent(int FindingNumber, int MeasureOrdinal, string Text, MeasureStatus? Status, int? Percent, string? Link = null)
    : Intent;
