using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// A progress update on a next step (下一步) in one message: 第14项下一步1完成, 更新第14项下一步1：…, "update 14 next step 1:
/// done". Like <see cref="MeasureUpdateIntent"/>: <paramref name="Text"/> is the description without status words,
/// percentage and link; a null <paramref name="Status"/> states none. A null <paramref name="StepOrdinal"/> (第14项下一步完成)
/// means the message named no number: the handler takes the finding's only next step, or asks.
/// </summary>
public sealed record NextStepUpdateIntent(int FindingNumber, int? StepOrdinal, string Text, MeasureStatus? Status, int? Percent, string? Link = null)
    : Intent;
