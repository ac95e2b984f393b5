using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// "更正第14项第3条：…" / "correct 14.3: …": a new entry supersedes the latest one about that measure (or next step, or the
/// finding as a whole); both are kept and the history card marks the old one. The entry's author or an administrator
/// may; anyone else is refused and told whom to ask (<see cref="ProgressRecorder.CorrectLatestAsync"/>).
/// </summary>
internal sealed class CorrectionAnswers(ProgressRecorder recorder, ReportingReplies replies)
{
    public async Task<IReadOnlyList<OutboundMessage>> AnswerAsync(CorrectionIntent intent, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        var texts = turn.Reply.Texts;
        if (intent.Problem != ProgressStatementProblem.None)
        {
            return [turn.Reply.Text(texts.StatementProblem(intent.Problem))];
        }

        if (intent.Status is { } stated && !MeasureProgressRules.Agree(stated, intent.Percent))
        {
            return [turn.Reply.Text(texts.ReportProblem(ReportProblem.PercentDisagreesWithStatus))];
        }

        var corrected = intent.Status is { } status
            ? new MeasureCorrection(status, status == MeasureStatus.Completed ? 100 : intent.Percent)
            : null;
        var description = intent.Text.Trim() is { Length: > 0 } text
            ? text
            : corrected is null ? null : Texts.Office.MeasureStatusWithPercent(corrected.Status, corrected.Percent);
        if (description is null)
        {
            return [turn.Reply.Text(texts.ReportProblem(ReportProblem.DescriptionMissing))];
        }

        if (description.Length > ProgressEntry.MaxDescriptionLength)
        {
            return [turn.Reply.Text(texts.DescriptionTooLong(description.Length, ProgressEntry.MaxDescriptionLength))];
        }

        var outcome = await recorder.CorrectLatestAsync(
            turn.Actor, intent.FindingNumber, intent.MeasureOrdinal, intent.NextStepOrdinal, description, corrected, cancellationToken);
        return await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken);
    }
}
