using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Reporting;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Reporting.AdminRequests;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>What reporting made of a turn: notes to send first (an expired dialog), and the answers, or null to let the intents answer.</summary>
internal sealed record ReportingTurn(IReadOnlyList<OutboundMessage> Notes, IReadOnlyList<OutboundMessage>? Answers);

/// <summary>
/// The part of a message turn that comes before the ordinary intents: the progress form (opened by the status
/// card's button, submitted by Action.Execute or Submit), administrators' commands and plain-word requests (a request
/// replaces any dialog, as a command goes past it), then the conversation's active dialog, if any.
/// </summary>
internal sealed class ReportingTurns(
    ReportingAnswers reporting, CorrectionAnswers corrections, LaterEvidenceAnswers evidence, FollowUpAnswers followUps, ProgressFormAnswers forms, DialogRunner runner, AdminChatCommands admin, AdminRequestAnswers adminRequests)
{
    public async Task<ReportingTurn> TryAnswerAsync(Reply reply, RecognizedMessage understood, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(understood);
        var submitted = CardSubmitData.TryRead(reply.Inbound.Value);
        var text = submitted is { Intent: CardIntents.Text, Text: { } typed } ? typed : reply.Inbound.Text;
        var turn = await reporting.TurnAsync(reply, text, understood, cancellationToken);
        switch (submitted)
        {
            case { Intent: ProgressFormCard.Intent, Finding: { } formFinding }:
                return new ReportingTurn([], await forms.SubmitAsync(formFinding, reply.Inbound.Value, turn, cancellationToken));
            case { Intent: CardIntents.Report, Finding: { } reportFinding } when reply.Channel.CardVersion is null:
                // A channel without Adaptive Cards (Telegram) cannot show the form: the guided dialog asks step by step.
                return new ReportingTurn([], await reporting.StartDialogAsync(new ReportIntent(reportFinding), turn, cancellationToken));
            case { Intent: CardIntents.Report, Finding: { } reportFinding }:
                return new ReportingTurn([], await forms.OpenAsync(reportFinding, turn, cancellationToken));
        }

        if (await admin.TryAnswerAsync(turn, cancellationToken) is { } administered)
        {
            return new ReportingTurn([], administered);
        }

        if (understood.Intent is AdminRequestIntent request)
        {
            return new ReportingTurn([], await adminRequests.StartAsync(request, turn, cancellationToken));
        }

        var notes = new List<OutboundMessage>();
        var answers = await runner.TryContinueAsync(turn, notes, cancellationToken);
        return new ReportingTurn(notes, answers);
    }

    /// <summary>The reporting intents when no dialog is active: start the dialog, update, correct, sign off, reopen, add evidence, answer a follow-up check, an administrator's request.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> AnswerAsync(Intent intent, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var turn = await reporting.TurnAsync(reply, reply.Inbound.Text, new RecognizedMessage(intent, null, "intent"), cancellationToken);
        return intent switch
        {
            ReportIntent report => await reporting.StartDialogAsync(report, turn, cancellationToken),
            MeasureUpdateIntent update => await reporting.UpdateAsync(update, turn, cancellationToken),
            NextStepUpdateIntent update => await reporting.UpdateNextStepAsync(update, turn, cancellationToken),
            CorrectionIntent correction => await corrections.AnswerAsync(correction, turn, cancellationToken),
            SignOffIntent signOff => await reporting.SignOffAsync(signOff, turn, cancellationToken),
            ReopenIntent reopen => await reporting.ReopenAsync(reopen, turn, cancellationToken),
            AdminRequestIntent request => await adminRequests.StartAsync(request, turn, cancellationToken),
            AddEvidenceIntent added => await evidence.AnswerAsync(added, turn, cancellationToken),
            FollowUpIntent followUp => await followUps.AnswerAsync(followUp, turn, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "Not a reporting intent."),
        };
    }
}
