using Rectification.Domain.Progress;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Reporting;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using static Rectification.Bot.Conversation.Dialogs.StepResults;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// "Report progress on item 14": which finding → which measure (or the finding as a whole, or a new measure) →
/// the new measure's text → status and optional percentage → what was done → optional evidence → confirm with
/// a before/after card → saved through <see cref="ProgressReporter"/>. Steps given by the opening message are skipped.
/// </summary>
internal sealed class ProgressDialog(
    LedgerQueries ledger,
    ReportingRules rules,
    ProgressReporter reporter,
    ReportingReplies replies) : Dialog<ProgressDialogState>
{
    public const string DialogName = "progress";

    private IReadOnlyList<DialogStep<ProgressDialogState>>? _steps;

    public override string Name => DialogName;

    protected override IReadOnlyList<DialogStep<ProgressDialogState>> Steps => _steps ??=
    [
        new()
        {
            Name = "finding",
            Skip = s => s.FindingGiven,
            TakesNumbers = true,
            Prompt = PromptFindingAsync,
            Help = (_, texts) => texts.HelpStepFinding,
            Accept = AcceptFindingAsync,
        },
        new()
        {
            Name = "measure",
            Skip = s => s.MeasureGiven,
            TakesNumbers = true,
            Prompt = PromptMeasureAsync,
            Help = (_, texts) => texts.HelpStepMeasure,
            Accept = AcceptMeasureAsync,
        },
        new()
        {
            Name = "new measure",
            Skip = s => s.Target != ProgressTarget.NewMeasure,
            Prompt = (_, turn, _) => Task.FromResult(turn.Reply.Text(turn.Reply.Texts.AskNewMeasureText)),
            Help = (_, texts) => texts.HelpStepNewMeasure,
            Accept = (s, turn, _) => Task.FromResult(AcceptNewMeasureText(s, turn)),
        },
        new()
        {
            Name = "status",
            Skip = s => s.Target == ProgressTarget.WholeFinding || s.StatusGiven,
            TakesNumbers = true,
            Prompt = PromptStatusAsync,
            Help = (_, texts) => texts.HelpStepStatus,
            Accept = (s, turn, _) => Task.FromResult(ProgressStatementSteps.AcceptStatus(s, turn)),
        },
        new()
        {
            Name = "description",
            Skip = s => s.DescriptionGiven,
            Prompt = (_, turn, _) => Task.FromResult(turn.Reply.Text(turn.Reply.Texts.AskDescription(ProgressEntry.MaxDescriptionLength))),
            Help = (_, texts) => texts.HelpStepDescription(ProgressEntry.MaxDescriptionLength),
            Accept = (s, turn, _) => Task.FromResult(ProgressStatementSteps.AcceptDescription(s, turn)),
        },
        new()
        {
            Name = "evidence",
            Skip = s => s.EvidenceGiven,
            Prompt = (_, turn, _) => Task.FromResult(Reply.WithSuggestions(
                turn.Reply.Text(turn.Reply.Texts.AskEvidence), (turn.Reply.Texts.NoEvidenceChoice, turn.Reply.Texts.NoEvidenceChoice))),
            Help = (_, texts) => texts.HelpStepEvidence,
            Accept = (s, turn, _) => Task.FromResult(AcceptEvidence(s, turn)),
        },
        new()
        {
            Name = "confirm",
            Prompt = PromptConfirmAsync,
            Help = (_, texts) => texts.HelpStepConfirm,
            Accept = AcceptConfirmAsync,
        },
    ];

    /// <summary>The state an opening message gives (what an incomplete update already said), with the policy checked once the finding is known.</summary>
    public static ProgressDialogState Opening(ReportIntent opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var description = opening.Text?.Trim() is { Length: > 0 and <= ProgressEntry.MaxDescriptionLength } text ? text : null;
        var link = opening.Link is { Length: <= Evidence.MaxUrlLength } url ? url : null;
        return new()
        {
            Finding = opening.FindingNumber,
            FindingGiven = opening.FindingNumber is not null,
            Target = opening.MeasureOrdinal is not null ? ProgressTarget.Measure : opening.NextStepOrdinal is not null ? ProgressTarget.NextStep : null,
            MeasureOrdinal = opening.MeasureOrdinal,
            NextStepOrdinal = opening.MeasureOrdinal is null ? opening.NextStepOrdinal : null,
            MeasureGiven = opening.MeasureOrdinal is not null || opening.NextStepOrdinal is not null,
            Status = opening.Status,
            Percent = opening.Status is null ? null : opening.Percent,
            StatusGiven = opening.Status is not null,
            Description = description,
            DescriptionGiven = description is not null,
            EvidenceUrl = link,
            EvidenceGiven = link is not null,
        };
    }

    /// <summary>Why this actor may not report on this finding now (refused, or closed), or null when they may.</summary>
    public async Task<IReadOnlyList<OutboundMessage>?> RefuseAsync(Finding finding, DialogTurn turn, CancellationToken cancellationToken)
    {
        var decision = ReportingPolicy.Decide(ReportingAction.Report, turn.Actor, finding, rules.AllowUnknownUsers);
        if (decision.Refusal is { } refusal)
        {
            return [await replies.RefusalAsync(refusal, turn.Reply, cancellationToken)];
        }

        return finding.Status == FindingStatus.SignedOff
            ? [turn.Reply.Text(turn.Reply.Texts.RuleBroken(new FindingClosedException(finding.Number)))]
            : null;
    }

    private async Task<OutboundMessage> PromptFindingAsync(ProgressDialogState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var numbers = await ledger.FindingNumbersAsync(cancellationToken);
        return turn.Reply.Text(turn.Reply.Texts.AskFinding(numbers.Count == 0 ? 0 : numbers[0], numbers.Count == 0 ? 0 : numbers[^1]));
    }

    private async Task<StepResult<ProgressDialogState>> AcceptFindingAsync(ProgressDialogState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        if (ReportAnswerParser.FindingNumber(turn.Text) is not { } number)
        {
            return Retry<ProgressDialogState>(texts.NotAFindingNumber);
        }

        var finding = await ledger.GetFindingAsync(number, cancellationToken);
        if (finding is null)
        {
            var numbers = await ledger.FindingNumbersAsync(cancellationToken);
            return Retry<ProgressDialogState>(numbers.Count == 0
                ? texts.NoFindingsYet
                : texts.NumberOutOfRange(number, numbers[0], numbers[^1]));
        }

        return await RefuseAsync(finding, turn, cancellationToken) is { } refusal
            ? End<ProgressDialogState>(refusal)
            : Next(state with { Finding = number });
    }

    private async Task<OutboundMessage> PromptMeasureAsync(ProgressDialogState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        var finding = await ledger.GetFindingAsync(state.Finding ?? 0, cancellationToken);
        var measures = finding?.Measures.OrderBy(m => m.Ordinal).ToList() ?? [];
        var steps = finding?.NextSteps.OrderBy(s => s.Ordinal).ToList() ?? [];
        var lines = measures.Select(m => $"{m.Ordinal}. {CardText.Shorten(CardText.SingleLine(m.Text), 60)} — {texts.MeasureStatusWithPercent(m.Status, m.PercentComplete)}")
            .Concat(steps.Select(s => $"{texts.NextStepNumber(s.Ordinal)}. {CardText.Shorten(CardText.SingleLine(s.Text), 60)} — {texts.MeasureStatusWithPercent(s.Status, s.PercentComplete)}"));
        var text = texts.AskMeasure(state.Finding ?? 0, finding?.Title ?? string.Empty) + Environment.NewLine + string.Join(Environment.NewLine, lines);
        var choices = measures.Select(m => (texts.MeasureNumber(m.Ordinal), m.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(steps.Select(s => (texts.NextStepNumber(s.Ordinal), texts.NextStepNumber(s.Ordinal))))
            .Append((texts.WholeFindingChoice, texts.WholeFindingChoice))
            .Append((texts.NewMeasureChoice, texts.NewMeasureChoice));
        return Reply.WithSuggestions(turn.Reply.Text(text), [.. choices]);
    }

    private async Task<StepResult<ProgressDialogState>> AcceptMeasureAsync(ProgressDialogState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        if (ReportAnswerParser.MeansWholeFinding(turn.Text))
        {
            return Next(state with { Target = ProgressTarget.WholeFinding, MeasureOrdinal = null, NextStepOrdinal = null });
        }

        if (ReportAnswerParser.MeansNewMeasure(turn.Text))
        {
            return Next(state with { Target = ProgressTarget.NewMeasure, MeasureOrdinal = null, NextStepOrdinal = null });
        }

        var finding = await ledger.GetFindingAsync(state.Finding ?? 0, cancellationToken);
        if (ReportAnswerParser.NextStepOrdinal(turn.Text) is { } step)
        {
            return finding?.FindNextStep(step) is null
                ? Retry<ProgressDialogState>(texts.RuleBroken(new NextStepNotFoundException(state.Finding ?? 0, step, finding?.NextSteps.Count ?? 0)))
                : Next(state with { Target = ProgressTarget.NextStep, MeasureOrdinal = null, NextStepOrdinal = step });
        }

        var count = finding?.Measures.Count ?? 0;
        return ReportAnswerParser.MeasureOrdinal(turn.Text) is { } ordinal && ordinal >= 1 && ordinal <= count
            ? Next(state with { Target = ProgressTarget.Measure, MeasureOrdinal = ordinal, NextStepOrdinal = null })
            : Retry<ProgressDialogState>(texts.NotAMeasure(count));
    }

    private static StepResult<ProgressDialogState> AcceptNewMeasureText(ProgressDialogState state, DialogTurn turn)
    {
        var text = turn.Text.Trim();
        if (text.Length == 0)
        {
            return Retry<ProgressDialogState>(turn.Reply.Texts.ReportProblem(ReportProblem.NewMeasureTextMissing));
        }

        return text.Length > Measure.MaxTextLength
            ? Retry<ProgressDialogState>(turn.Reply.Texts.ReportProblem(ReportProblem.NewMeasureTextTooLong))
            : Next(state with { NewMeasureText = text });
    }

    private async Task<OutboundMessage> PromptStatusAsync(ProgressDialogState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        string? current = null;
        if (state is { Target: ProgressTarget.Measure, MeasureOrdinal: { } ordinal }
            && (await ledger.GetFindingAsync(state.Finding ?? 0, cancellationToken))?.FindMeasure(ordinal) is { } measure)
        {
            current = texts.MeasureStatusWithPercent(measure.Status, measure.PercentComplete);
        }
        else if (state is { Target: ProgressTarget.NextStep, NextStepOrdinal: { } stepOrdinal }
            && (await ledger.GetFindingAsync(state.Finding ?? 0, cancellationToken))?.FindNextStep(stepOrdinal) is { } step)
        {
            current = texts.MeasureStatusWithPercent(step.Status, step.PercentComplete);
        }

        var statuses = Enum.GetValues<MeasureStatus>().Select(s => (texts.MeasureStatus(s), texts.MeasureStatus(s))).ToArray();
        return Reply.WithSuggestions(turn.Reply.Text(texts.AskStatus(current)), statuses);
    }

    private static StepResult<ProgressDialogState> AcceptEvidence(ProgressDialogState state, DialogTurn turn) =>
        ReportAnswerParser.ReadEvidence(turn.Text, turn.File) switch
        {
            { Problem: not null } refused => Retry<ProgressDialogState>(turn.Reply.Texts.EvidenceNotTaken(refused)),
            var reading => Next(state with { EvidenceName = reading.Evidence?.Name, EvidenceUrl = reading.Evidence?.Url }),
        };

    private async Task<OutboundMessage> PromptConfirmAsync(ProgressDialogState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        var finding = await ledger.GetFindingAsync(state.Finding ?? 0, cancellationToken);
        var measure = state.MeasureOrdinal is { } ordinal ? finding?.FindMeasure(ordinal) : null;
        var step = state.NextStepOrdinal is { } stepOrdinal ? finding?.FindNextStep(stepOrdinal) : null;
        var (subject, before, after) = state.Target switch
        {
            ProgressTarget.NextStep => (
                texts.NextStepNumber(state.NextStepOrdinal ?? 0) + " " + (step?.Text ?? string.Empty),
                step is null ? texts.NotAssigned : texts.MeasureStatusWithPercent(step.Status, step.PercentComplete),
                texts.MeasureStatusWithPercent(state.Status ?? MeasureStatus.InProgress, state.Percent)),
            ProgressTarget.Measure => (
                texts.MeasureNumber(state.MeasureOrdinal ?? 0) + " " + (measure?.Text ?? string.Empty),
                measure is null ? texts.NotAssigned : texts.MeasureStatusWithPercent(measure.Status, measure.PercentComplete),
                texts.MeasureStatusWithPercent(state.Status ?? MeasureStatus.InProgress, state.Percent)),
            ProgressTarget.NewMeasure => (
                texts.NewMeasureChoice + " " + state.NewMeasureText,
                texts.NewMeasureBefore,
                texts.MeasureStatusWithPercent(state.Status ?? MeasureStatus.InProgress, state.Percent)),
            _ => (
                texts.WholeFindingChoice,
                finding is null ? texts.NotAssigned : texts.FindingStatus(finding.Status),
                finding is null ? texts.NotAssigned : texts.FindingStatus(finding.Status)),
        };
        var model = new ProgressConfirmCardModel(
            state.Finding ?? 0, finding?.Title ?? string.Empty, subject, before, after, state.Description ?? string.Empty,
            state.EvidenceName, state.EvidenceUrl);
        return turn.Reply.Card(ProgressConfirmCard.Build(model, texts));
    }

    private async Task<StepResult<ProgressDialogState>> AcceptConfirmAsync(ProgressDialogState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        if (ReportAnswerParser.MeansNo(turn.Text))
        {
            return End<ProgressDialogState>(turn.Reply.Text(texts.DialogCancelled));
        }

        if (!ReportAnswerParser.MeansYes(turn.Text))
        {
            return Retry<ProgressDialogState>(texts.AnswerYesOrNo);
        }

        var report = state.ToReport();
        if (report.Problems().FirstOrDefault() is var problem && report.Problems().Any())
        {
            return End<ProgressDialogState>(turn.Reply.Text(texts.ReportProblem(problem)));
        }

        var outcome = await reporter.RecordAsync(turn.Actor, report, cancellationToken);
        return End<ProgressDialogState>(await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken));
    }
}
