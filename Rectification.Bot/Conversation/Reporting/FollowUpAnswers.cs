using System.Text.Json.Nodes;
using Rectification.Bot.Cards.Supervision;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Supervision;
using Rectification.Domain.Progress;
using Rectification.Domain.Queries;
using Rectification.Domain.Supervision;
using Rectification.Domain.Supervision.FollowUp;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// Answers to a follow-up check (回头看), typed or tapped: "no recurrence" is recorded, "recurred" reopens the finding
/// (red, its recurrence count raised) and shows its card; the check named without an answer shows its question again.
/// Who may answer is the policy's (the finding's department, leaders, administrators); a refusal names whom to ask.
/// </summary>
internal sealed class FollowUpAnswers(FollowUpRecorder recorder, FollowUpLedger checks, LedgerQueries ledger, ReportingReplies replies, SupervisionToday supervision)
{
    public async Task<IReadOnlyList<OutboundMessage>> AnswerAsync(FollowUpIntent intent, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        var reply = turn.Reply;
        if (intent.Recurred is not { } recurred)
        {
            return await QuestionAsync(intent.FindingNumber, turn, cancellationToken);
        }

        var note = intent.Note ?? NoteOf(reply.Inbound.Value);
        var outcome = await recorder.AnswerAsync(turn.Actor, intent.FindingNumber, recurred, note, supervision.Today(), cancellationToken);
        return outcome switch
        {
            NoFollowUpDue none => [reply.Text(reply.Texts.FollowUpNotDue(intent.FindingNumber, none.NextDueOn))],
            FollowUpAnswered { Check.Recurred: true } answered =>
                [reply.Text(reply.Texts.FollowUpRecurred(answered.Finding.Number, answered.Finding.RecurrenceCount)), replies.StatusCard(answered.Finding, reply)],
            FollowUpAnswered answered => [reply.Text(reply.Texts.FollowUpRecorded(answered.Finding.Number, answered.Check.MonthsAfterSignOff))],
            _ => await replies.OutcomeAsync(outcome, reply, cancellationToken),
        };
    }

    /// <summary>"第12项回头看" alone: the check's question when one is due, else when the next one is.</summary>
    private async Task<IReadOnlyList<OutboundMessage>> QuestionAsync(int number, DialogTurn turn, CancellationToken cancellationToken)
    {
        var reply = turn.Reply;
        var finding = await ledger.GetFindingAsync(number, cancellationToken);
        if (finding is null)
        {
            return await replies.OutcomeAsync(new FindingNotFound(number, await ledger.FindingNumbersAsync(cancellationToken)), reply, cancellationToken);
        }

        var check = await checks.NextOfAsync(finding, cancellationToken);
        if (check is null || check.DueOn > supervision.Today())
        {
            return [reply.Text(reply.Texts.FollowUpNotDue(number, check?.DueOn))];
        }

        var model = new FollowUpCardModel(number, finding.Title, check.MonthsAfterSignOff, SupervisionColour.None, 0);
        return [reply.Card(FollowUpCard.Build(model, reply.Texts))];
    }

    /// <summary>The note typed into the check's card, which comes back with the button's data.</summary>
    private static string? NoteOf(JsonObject? value) =>
        value?[FollowUpCard.NoteInput] is JsonValue note && note.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
