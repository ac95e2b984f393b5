using Rectification.Domain.Findings;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// "更正第14项第3条：完成八成 80%" / "correct 14.3: 80% done": the latest entry about that measure (or next step; with neither,
/// about the finding as a whole) was wrong, and this is what it should have said. <paramref name="Text"/> is the corrected
/// description (status words, percentage taken out); a stated <paramref name="Status"/> puts the work back to it, none
/// corrects the text only. <paramref name="Problem"/> says why a stated status could not be taken.
/// </summary>
public sealed record CorrectionIntent(
    int FindingNumber,
    int? MeasureOrdinal,
    int? NextStepOrdinal,
    string Text,
    MeasureStatus? Status,
    int? Percent,
    ProgressStatementProblem Problem = ProgressStatementProblem.None) : Intent;
