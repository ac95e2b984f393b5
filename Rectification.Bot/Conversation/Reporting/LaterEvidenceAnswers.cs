using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// "补充第14项第3条佐证：https://…", "add evidence to 14.3: https://…", "evidence for 14" with a file attached: evidence
/// for the latest entry of that measure (or finding), recorded as an entry of its own that names the one it backs.
/// Who may is the reporting policy's; a missing link or file is asked for as a stored step.
/// </summary>
internal sealed class LaterEvidenceAnswers(
    LedgerQueries ledger,
    ReportingRules rules,
    ReportingReplies replies,
    LaterEvidenceDialog dialog,
    LaterEvidenceRecorder evidence,
    DialogStore dialogs,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<OutboundMessage>> AnswerAsync(AddEvidenceIntent intent, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        var texts = turn.Reply.Texts;
        if (intent.FindingNumber is not { } number)
        {
            return [turn.Reply.Text(texts.AskWhichFindingForEvidence)];
        }

        var finding = await ledger.GetFindingAsync(number, cancellationToken);
        if (finding is null)
        {
            return await replies.OutcomeAsync(new FindingNotFound(number, await ledger.FindingNumbersAsync(cancellationToken)), turn.Reply, cancellationToken);
        }

        if (ReportingPolicy.Decide(ReportingAction.Report, turn.Actor, finding, rules.AllowUnknownUsers).Refusal is { } refusal)
        {
            return [await replies.RefusalAsync(refusal, turn.Reply, cancellationToken)];
        }

        if (intent.MeasureOrdinal is { } ordinal && finding.FindMeasure(ordinal) is null)
        {
            return [turn.Reply.Text(texts.RuleBroken(new MeasureNotFoundException(number, ordinal, finding.Measures.Count)))];
        }

        var reading = ReportAnswerParser.ReadEvidence(intent.Evidence ?? string.Empty, turn.File);
        if (reading.Evidence is { } given)
        {
            return await evidence.AddAsync(number, intent.MeasureOrdinal, given, turn, cancellationToken);
        }

        var state = new LaterEvidenceState(number, intent.MeasureOrdinal);
        var prompt = await dialogs.BeginAsync(dialog, state, turn, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ?? throw new InvalidOperationException("The evidence dialog always has a step to ask.");
        return reading.Problem is not null && (reading.FileRefusal is not null || !string.IsNullOrWhiteSpace(intent.Evidence))
            ? [turn.Reply.Text(texts.EvidenceNotTaken(reading)), prompt]
            : [prompt];
    }
}
