using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// The answers that change the ledger: start the progress dialog, record a one-message update, sign off and
/// reopen. Every change goes through <see cref="ProgressReporter"/> or <see cref="ProgressRecorder"/>, and every
/// outcome is phrased by <see cref="ReportingReplies"/>.
/// </summary>
internal sealed class ReportingAnswers(
    LedgerQueries ledger,
    ActorSource actors,
    ProgressDialog dialog,
    ReopenReasonDialog reopenReason,
    ReportingRules rules,
    DialogStore dialogs,
    ProgressReporter reporter,
    ProgressRecorder recorder,
    ReportingReplies replies,
    EvidenceFiles.EvidenceFilePolicy evidenceFiles,
    TimeProvider clock)
{
    /// <summary>"Report progress on item 14": the dialog, asking only what the message did not say.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> StartDialogAsync(
        ReportIntent intent, DialogTurn turn, CancellationToken cancellationToken, OutboundMessage? note = null)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        var (measure, nextStep) = (intent.MeasureOrdinal, intent.NextStepOrdinal);
        if (intent.FindingNumber is { } number)
        {
            var finding = await ledger.GetFindingAsync(number, cancellationToken);
            if (finding is null)
            {
                return await replies.OutcomeAsync(new FindingNotFound(number, await ledger.FindingNumbersAsync(cancellationToken)), turn.Reply, cancellationToken);
            }

            if (await dialog.RefuseAsync(finding, turn, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            if (measure is { } ordinal && finding.FindMeasure(ordinal) is null)
            {
                note ??= turn.Reply.Text(turn.Reply.Texts.RuleBroken(new MeasureNotFoundException(number, ordinal, finding.Measures.Count)));
                measure = null;
            }

            if (nextStep is { } stepOrdinal && finding.FindNextStep(stepOrdinal) is null)
            {
                note ??= turn.Reply.Text(turn.Reply.Texts.RuleBroken(new NextStepNotFoundException(number, stepOrdinal, finding.NextSteps.Count)));
                nextStep = null;
            }
        }
        else
        {
            (measure, nextStep) = (null, null);
        }

        if (intent.Problem != ProgressStatementProblem.None)
        {
            note ??= turn.Reply.Text(turn.Reply.Texts.StatementProblem(intent.Problem));
        }

        var (channel, conversation) = DialogStore.Key(turn.Reply.Inbound);
        var row = dialog.Begin(channel, conversation, ProgressDialog.Opening(intent with { MeasureOrdinal = measure, NextStepOrdinal = nextStep }), clock.GetUtcNow().UtcDateTime)
            ?? throw new InvalidOperationException("The progress dialog always has a step to ask.");
        await dialogs.StartAsync(row, cancellationToken);
        var prompt = await dialog.PromptAsync(row, turn, cancellationToken);
        var understood = intent.Status is { } status
            ? turn.Reply.Text(turn.Reply.Texts.StatusUnderstood(turn.Reply.Texts.MeasureStatusWithPercent(status, intent.Percent)))
            : null;
        return [.. new[] { note, understood }.OfType<OutboundMessage>(), prompt];
    }

    /// <summary>
    /// "update 14.3: 已完成班子组建 100%": recorded at once. A measure the finding lacks falls back to the dialog, and
    /// so does a not-started measure whose update states no status (what it became is for the person to say). An
    /// update that states nothing new (the same status, no description, no link) is answered as such and not recorded.
    /// </summary>
    public async Task<IReadOnlyList<OutboundMessage>> UpdateAsync(MeasureUpdateIntent intent, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        var finding = await ledger.GetFindingAsync(intent.FindingNumber, cancellationToken);
        var measure = finding?.FindMeasure(intent.MeasureOrdinal);
        if (finding is null || measure is null || (intent.Status is null && measure.Status == MeasureStatus.NotStarted))
        {
            var opening = new ReportIntent(intent.FindingNumber, intent.MeasureOrdinal, NullIfEmpty(intent.Text), intent.Status, intent.Percent, Link: intent.Link);
            return await StartDialogAsync(opening, turn, cancellationToken);
        }

        var work = new UpdatedWork(ProgressTarget.Measure, intent.MeasureOrdinal, measure.Status, measure.PercentComplete, turn.Reply.Texts.MeasureNumber(intent.MeasureOrdinal));
        return await RecordUpdateAsync(intent.FindingNumber, work, new WorkUpdate(intent.Text, intent.Status, intent.Percent, intent.Link), turn, cancellationToken);
    }

    /// <summary>
    /// 第14项下一步1完成 / "update 14 next step 1: done": like a measure's update. Without a number, the finding's only next
    /// step is meant; with several (or a next step the finding lacks, or a not-started one and no status) the dialog asks.
    /// </summary>
    public async Task<IReadOnlyList<OutboundMessage>> UpdateNextStepAsync(NextStepUpdateIntent intent, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        var finding = await ledger.GetFindingAsync(intent.FindingNumber, cancellationToken);
        var ordinal = intent.StepOrdinal ?? (finding?.NextSteps.Count == 1 ? 1 : null);
        var step = ordinal is { } known ? finding?.FindNextStep(known) : null;
        if (finding is null || step is null || (intent.Status is null && step.Status == MeasureStatus.NotStarted))
        {
            var opening = new ReportIntent(intent.FindingNumber, null, NullIfEmpty(intent.Text), intent.Status, intent.Percent, Link: intent.Link, NextStepOrdinal: ordinal);
            return await StartDialogAsync(opening, turn, cancellationToken);
        }

        var work = new UpdatedWork(ProgressTarget.NextStep, step.Ordinal, step.Status, step.PercentComplete, turn.Reply.Texts.NextStepNumber(step.Ordinal));
        return await RecordUpdateAsync(intent.FindingNumber, work, new WorkUpdate(intent.Text, intent.Status, intent.Percent, intent.Link), turn, cancellationToken);
    }

    /// <summary>The one-message update of a measure or a next step, once the work is known to exist.</summary>
    private async Task<IReadOnlyList<OutboundMessage>> RecordUpdateAsync(int findingNumber, UpdatedWork work, WorkUpdate update, DialogTurn turn, CancellationToken cancellationToken)
    {
        var status = update.Status ?? work.Status;
        var percent = status == MeasureStatus.Completed ? 100 : update.Percent ?? (status == work.Status ? work.Percent : null);
        var texts = turn.Reply.Texts;
        if (turn.File is { Problem: not null } refused)
        {
            return [turn.Reply.Text(texts.EvidenceNotTaken(refused))];
        }

        var evidence = turn.File?.Evidence ?? (update.Link is { } link ? new Domain.Findings.Evidence(null, link) : null);
        if (status == work.Status && percent == work.Percent && string.IsNullOrWhiteSpace(update.Text) && evidence is null)
        {
            return [turn.Reply.Text(texts.NothingNewToRecord(findingNumber, work.Label, texts.MeasureStatusWithPercent(status, percent)))];
        }

        var description = string.IsNullOrWhiteSpace(update.Text) ? Texts.Office.MeasureStatusWithPercent(status, percent) : update.Text.Trim();
        var report = new ProgressReport(findingNumber, work.Target, work.Target == ProgressTarget.Measure ? work.Ordinal : null, null, status, percent, description, evidence,
            work.Target == ProgressTarget.NextStep ? work.Ordinal : null);
        if (report.Problems().ToList() is { Count: > 0 } problems)
        {
            return [turn.Reply.Text(string.Join(" ", problems.Select(p => p == ReportProblem.DescriptionTooLong
                ? texts.DescriptionTooLong(description.Length, ProgressEntry.MaxDescriptionLength)
                : texts.ReportProblem(p))))];
        }

        var outcome = await reporter.RecordAsync(turn.Actor, report, cancellationToken);
        return await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken);
    }

    /// <summary>
    /// "Sign off 14" / 销号第十四项: a leader closes a completed finding whose completed work has evidence, or says why it
    /// need not ("销号第12项，理由：…"); the confirmation is followed by the evidence it rested on.
    /// </summary>
    public async Task<IReadOnlyList<OutboundMessage>> SignOffAsync(SignOffIntent intent, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        if (intent.FindingNumber is not { } number)
        {
            return [turn.Reply.Text(turn.Reply.Texts.AskWhichFindingToSignOff)];
        }

        // An override without a reason still goes to the ledger: who may sign off is decided before the missing reason is.
        var reason = intent.WithoutEvidence ? intent.Reason?.Trim() ?? string.Empty : null;
        var maxReason = ProgressEntry.MaxDescriptionLength - Finding.SignOffWithoutEvidencePrefix.Length;
        if (reason?.Length > maxReason)
        {
            return [turn.Reply.Text(turn.Reply.Texts.SignOffReasonTooLong(reason.Length, maxReason))];
        }

        var outcome = await recorder.SignOffAsync(turn.Actor, number, null, cancellationToken, reason);
        var answer = await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken);
        return outcome is ProgressRecorded recorded
            ? [.. answer, turn.Reply.Card(Cards.Reporting.SignOffEvidenceCard.Build(recorded.Finding, reason, turn.Reply.Texts))]
            : answer;
    }

    /// <summary>"Reopen 14: 反弹回潮": a leader reopens a completed or signed-off finding, saying why.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> ReopenAsync(ReopenIntent intent, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        if (intent.FindingNumber is not { } number)
        {
            return [turn.Reply.Text(turn.Reply.Texts.AskWhichFindingToReopen)];
        }

        if (string.IsNullOrWhiteSpace(intent.Reason))
        {
            return await AskReopenReasonAsync(number, turn, cancellationToken);
        }

        var reason = intent.Reason.Trim();
        if (reason.Length > ProgressEntry.MaxDescriptionLength)
        {
            return [turn.Reply.Text(turn.Reply.Texts.DescriptionTooLong(reason.Length, ProgressEntry.MaxDescriptionLength))];
        }

        return await replies.OutcomeAsync(await recorder.ReopenAsync(turn.Actor, number, reason, cancellationToken), turn.Reply, cancellationToken);
    }

    /// <summary>
    /// "重新打开第三项" without a reason: when this person may reopen this finding now, the reason becomes a stored step
    /// (<see cref="ReopenReasonDialog"/>), so the next message is taken as it; otherwise the refusal is said at once.
    /// </summary>
    private async Task<IReadOnlyList<OutboundMessage>> AskReopenReasonAsync(int number, DialogTurn turn, CancellationToken cancellationToken)
    {
        var finding = await ledger.GetFindingAsync(number, cancellationToken);
        if (finding is null)
        {
            return await replies.OutcomeAsync(new FindingNotFound(number, await ledger.FindingNumbersAsync(cancellationToken)), turn.Reply, cancellationToken);
        }

        if (ReportingPolicy.Decide(ReportingAction.Reopen, turn.Actor, finding, rules.AllowUnknownUsers).Refusal is { } refusal)
        {
            return [await replies.RefusalAsync(refusal, turn.Reply, cancellationToken)];
        }

        if (finding.ReopenRule() is { } broken)
        {
            return [turn.Reply.Text(turn.Reply.Texts.RuleBroken(broken))];
        }

        var prompt = await dialogs.BeginAsync(reopenReason, new ReopenReasonState(number), turn, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ?? throw new InvalidOperationException("The reopen dialog always asks for the reason.");
        return [prompt];
    }

    /// <summary>The turn as the dialog and the answers see it: text, attachments, the actor.</summary>
    public async Task<DialogTurn> TurnAsync(Reply reply, string? text, Understanding.RecognizedMessage understood, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var actor = await actors.IdentifyAsync(reply.Inbound, cancellationToken);
        return new DialogTurn(text ?? string.Empty, evidenceFiles.Read(reply.Inbound.Files), actor, understood, reply);
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>The measure or next step an update is about, as it stands, and how to name it.</summary>
    private sealed record UpdatedWork(ProgressTarget Target, int Ordinal, MeasureStatus Status, int? Percent, string Label);

    /// <summary>What the one-message update said.</summary>
    private sealed record WorkUpdate(string Text, MeasureStatus? Status, int? Percent, string? Link);
}
