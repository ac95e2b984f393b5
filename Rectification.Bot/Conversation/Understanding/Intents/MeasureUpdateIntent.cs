namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// A complete progress update in one message: "update 14.3: 已完成班子组建 100%", 更新第十四项第三条：…,
/// 第14项第3条进展：…. <paramref name="Text"/> is the progress as written, without a trailing percentage or
/// completion word; it may be empty when the message only says "completed". <paramref name="Completed"/> is true
/// for an explicit completion word (完成, completed, done) or 100%. Whether the measure exists is for the handler.
/// </summary>
public sealed record MeasureUpdateIntent(int FindingNumber, int MeasureOrdinal, string Text, int? Percent, bool Completed)
    : Intent;
