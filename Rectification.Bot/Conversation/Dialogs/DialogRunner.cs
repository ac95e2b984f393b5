using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>
/// Gives the turn to the conversation's active dialog, with the interruptions every dialog shares handled here
/// once (like Bot Framework's CancelAndHelpDialog): cancel ends it without writing anything, help explains the
/// step and asks again, back goes one step back, and a question about a finding is answered before the step is
/// asked again. A dialog left alone longer than <see cref="DialogOptions.ExpireAfter"/> is dropped with a note.
/// </summary>
internal sealed class DialogRunner(
    DialogStore store,
    IEnumerable<IDialog> dialogs,
    AnytimeQuestions questions,
    IOptions<DialogOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// The answers of the active dialog, or null when the conversation has none (then <paramref name="notes"/> may
    /// hold a note that an expired dialog was dropped, to send before the ordinary answer).
    /// </summary>
    public async Task<IReadOnlyList<OutboundMessage>?> TryContinueAsync(DialogTurn turn, List<OutboundMessage> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(notes);
        var row = await store.FindAsync(turn.Reply.Inbound, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var dialog = dialogs.FirstOrDefault(d => d.Name == row.DialogName);
        if (dialog is null || row.IsStale(now, options.Value.ExpireAfter))
        {
            await store.EndAsync(row, cancellationToken);
            notes.Add(turn.Reply.Text(turn.Reply.Texts.DialogExpired));
            return null;
        }

        store.EnterRoundOf(row);
        try
        {
            var answers = await ContinueAsync(dialog, row, turn, now, notes, cancellationToken);
            return answers;
        }
        catch (DbUpdateConcurrencyException)
        {
            return MovedMeanwhile(turn);
        }
    }

    /// <summary>Another message of this conversation moved the dialog at the same moment: that one counts.</summary>
    private static IReadOnlyList<OutboundMessage> MovedMeanwhile(DialogTurn turn) => [turn.Reply.Text(turn.Reply.Texts.DialogMovedMeanwhile)];

    private async Task<IReadOnlyList<OutboundMessage>?> ContinueAsync(IDialog dialog, DialogState row, DialogTurn turn, DateTime now, List<OutboundMessage> notes, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        switch (turn.Understood.Intent)
        {
            case CancelIntent:
                await store.EndAsync(row, cancellationToken);
                return [turn.Reply.Text(texts.DialogCancelled)];
            case HelpIntent:
                return [turn.Reply.Text(dialog.Help(row, turn)), await dialog.PromptAsync(row, turn, cancellationToken)];
            case BackIntent:
                var moved = dialog.Back(row, now);
                await store.SaveAsync(cancellationToken);
                return moved
                    ? [await dialog.PromptAsync(row, turn, cancellationToken)]
                    : [turn.Reply.Text(texts.DialogAtFirstStep), await dialog.PromptAsync(row, turn, cancellationToken)];
        }

        var isQuestion = AnytimeQuestions.IsQuestion(turn.Understood.Intent);
        var takesNumbers = dialog.TakesNumbers(row);
        if (isQuestion && !takesNumbers)
        {
            return await AnswerThenResumeAsync(dialog, row, turn, cancellationToken);
        }

        if (IsNewRequest(turn.Understood.Intent) && !takesNumbers)
        {
            return await AbandonAsync(row, turn, notes, cancellationToken);
        }

        return await AnswerStepAsync(dialog, row, turn, now, notes, cancellationToken);
    }

    /// <summary>The message as the answer to the current step, which this turn takes first (see <see cref="DialogStore.TryTakeStepAsync"/>).</summary>
    private async Task<IReadOnlyList<OutboundMessage>?> AnswerStepAsync(IDialog dialog, DialogState row, DialogTurn turn, DateTime now, List<OutboundMessage> notes, CancellationToken cancellationToken)
    {
        if (!await store.TryTakeStepAsync(row, now, now + options.Value.StepLease, cancellationToken))
        {
            return MovedMeanwhile(turn);
        }

        var advance = await dialog.AcceptAsync(row, turn, now, cancellationToken);
        row.ReleaseStep();
        if (advance.Retried && AnytimeQuestions.IsQuestion(turn.Understood.Intent))
        {
            // Not an answer to the step, but a question: answer it, and ask the step again as if nothing happened.
            return await AnswerThenResumeAsync(dialog, row, turn, cancellationToken);
        }

        if (advance.Retried && turn.Understood.Intent is MeasureUpdateIntent or NextStepUpdateIntent or ReportIntent)
        {
            return await AbandonAsync(row, turn, notes, cancellationToken);
        }

        if (advance.Ended)
        {
            await store.EndAsync(row, cancellationToken);
            return advance.Answers;
        }

        if (advance.Retried && row.Retries > options.Value.MaxRetries)
        {
            await store.EndAsync(row, cancellationToken);
            return [turn.Reply.Text(turn.Reply.Texts.DialogGaveUp)];
        }

        await store.SaveAsync(cancellationToken);
        return advance.Answers;
    }

    /// <summary>A new report or update instead of an answer: the old dialog is dropped (nothing saved) and the message answered as usual.</summary>
    private async Task<IReadOnlyList<OutboundMessage>?> AbandonAsync(DialogState row, DialogTurn turn, List<OutboundMessage> notes, CancellationToken cancellationToken)
    {
        await store.EndAsync(row, cancellationToken);
        notes.Add(turn.Reply.Text(turn.Reply.Texts.DialogReplaced));
        return null;
    }

    private async Task<IReadOnlyList<OutboundMessage>> AnswerThenResumeAsync(IDialog dialog, DialogState row, DialogTurn turn, CancellationToken cancellationToken)
    {
        // A question does not count as a failed answer: the retry the step counted is dropped before anything is saved.
        await store.DiscardChangesAsync(row, cancellationToken);
        var answer = await questions.AnswerAsync(turn.Understood.Intent, turn.Reply, cancellationToken);
        return [.. answer, turn.Reply.Text(turn.Reply.Texts.DialogResumes), await dialog.PromptAsync(row, turn, cancellationToken)];
    }

    /// <summary>
    /// A message that starts something else about a named finding (汇报第13项进展, an update, 销号12, reopen 3: …) is
    /// not an answer to a text step such as "what was done": it replaces the dialog instead of being saved as its text.
    /// A report verb without a finding ("提交方案给领导") may well be the answer, so it is left to the step.
    /// </summary>
    private static bool IsNewRequest(Intent intent) => intent is MeasureUpdateIntent or NextStepUpdateIntent or CorrectionIntent
        or ReportIntent { FindingNumber: not null }
        or SignOffIntent { FindingNumber: not null }
        or ReopenIntent { FindingNumber: not null }
        or FollowUpIntent;
}
