using Rectification.Domain.Progress;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Domain.Findings;
using static Rectification.Bot.Conversation.Dialogs.StepResults;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// The progress dialog's two steps that read what a person says about progress, through the one statement reader
/// (<see cref="ProgressStatementReader"/>): the status step, and the "what was done" step, which must not take a
/// status or a correction for a description.
/// </summary>
internal static class ProgressStatementSteps
{
    public static StepResult<ProgressDialogState> AcceptStatus(ProgressDialogState state, DialogTurn turn)
    {
        var statement = ProgressStatementReader.ReadAnswer(turn.Text);
        if (statement.Problem != ProgressStatementProblem.None)
        {
            return Retry<ProgressDialogState>(turn.Reply.Texts.StatementProblem(statement.Problem));
        }

        return statement.Status is null
            ? Retry<ProgressDialogState>(turn.Reply.Texts.NotAStatus)
            : Next(state with { Status = statement.Status, Percent = statement.Percent });
    }

    /// <summary>
    /// What was done. An answer that is only a status or a correction ("oops, actually it's 95%", 已完成) is not a
    /// description: for a measure it becomes the status and the question is asked again; a description that also
    /// states a status other than the one chosen is asked about, never saved as it is.
    /// </summary>
    public static StepResult<ProgressDialogState> AcceptDescription(ProgressDialogState state, DialogTurn turn)
    {
        var texts = turn.Reply.Texts;
        var statement = ProgressStatementReader.Read(turn.Text);
        if (statement.Problem != ProgressStatementProblem.None)
        {
            return Retry<ProgressDialogState>(texts.StatementProblem(statement.Problem));
        }

        var forMeasure = state.Target != ProgressTarget.WholeFinding;
        if (statement.StatesProgress && statement.IsOnlyStatement)
        {
            return forMeasure
                ? Revise(state with { Status = statement.Status, Percent = statement.Percent }, texts.StatusTakenAskDescription(texts.MeasureStatusWithPercent(statement.Status!.Value, statement.Percent)))
                : Retry<ProgressDialogState>(texts.NoStatusForWholeFinding);
        }

        if (statement.StatesProgress && forMeasure && (statement.Status != state.Status || (statement.Percent is not null && statement.Percent != state.Percent)))
        {
            return Retry<ProgressDialogState>(texts.DescriptionDisagreesWithStatus(
                texts.MeasureStatusWithPercent(state.Status ?? MeasureStatus.InProgress, state.Percent),
                texts.MeasureStatusWithPercent(statement.Status!.Value, statement.Percent)));
        }

        var text = (statement.StatesProgress || statement.IsCorrection ? statement.Rest : turn.Text).Trim();
        if (text.Length == 0)
        {
            return Retry<ProgressDialogState>(texts.ReportProblem(ReportProblem.DescriptionMissing));
        }

        return text.Length > ProgressEntry.MaxDescriptionLength
            ? Retry<ProgressDialogState>(texts.DescriptionTooLong(text.Length, ProgressEntry.MaxDescriptionLength))
            : Next(state with { Description = text });
    }
}
