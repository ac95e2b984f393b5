using Rectification.Domain.Progress;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// Start the progress-report dialog: "report progress on item 14", 汇报第十四项进展, "/report 14". Also the answer to
/// a one-message update that was incomplete or ambiguous: it carries what was understood (finding, measure,
/// description, status, percentage, link) and the dialog asks for the rest; <paramref name="Problem"/> says why a
/// stated status could not be taken (two percentages, 未开始 60%…), so the dialog can say so. Nothing here is guessed;
/// a null is something to ask. <paramref name="NextStepOrdinal"/> is the next step (下一步) an incomplete update named
/// instead of a measure.
/// </summary>
public sealed record ReportIntent(
    int? FindingNumber,
    int? MeasureOrdinal = null,
    string? Text = null,
    MeasureStatus? Status = null,
    int? Percent = null,
    ProgressStatementProblem Problem = ProgressStatementProblem.None,
    string? Link = null,
    int? NextStepOrdinal = null) : Intent;
