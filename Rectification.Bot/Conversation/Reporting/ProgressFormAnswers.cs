using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rectification.Bot.Cards.Reporting;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Domain.Findings;
using Rectification.Domain.Progress;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// The progress form: opened by the status card's "Report progress" button, submitted by Action.Execute (or its
/// Submit fallback). The submitted values are checked here, on the server; a form with problems comes back filled
/// in with the problems named, a saved one as a card of what was saved. The first activity is always a card,
/// which the Action.Execute route returns as the refreshed card.
/// </summary>
internal sealed class ProgressFormAnswers(
    LedgerQueries ledger,
    ProgressDialog dialog,
    ProgressReporter reporter,
    ReportingReplies replies)
{
    public async Task<IReadOnlyList<OutboundMessage>> OpenAsync(int number, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var finding = await ledger.GetFindingAsync(number, cancellationToken);
        if (finding is null)
        {
            return await replies.OutcomeAsync(new FindingNotFound(number, await ledger.FindingNumbersAsync(cancellationToken)), turn.Reply, cancellationToken);
        }

        if (await dialog.RefuseAsync(finding, turn, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return [turn.Reply.Card(ProgressFormCard.Build(Model(finding), turn.Reply.Texts))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> SubmitAsync(int number, JsonNode? value, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = turn.Reply.Texts;
        var finding = await ledger.GetFindingAsync(number, cancellationToken);
        if (finding is null)
        {
            return await replies.OutcomeAsync(new FindingNotFound(number, await ledger.FindingNumbersAsync(cancellationToken)), turn.Reply, cancellationToken);
        }

        var values = Read(value as JsonObject);
        var errors = new List<string>();
        var report = Validate(finding, values, texts, errors);
        if (report is null)
        {
            return [Form(finding, values, errors, turn)];
        }

        var before = report.MeasureOrdinal is { } ordinal ? finding.FindMeasure(ordinal) : null;
        var beforeText = before is null ? texts.FindingStatus(finding.Status) : texts.MeasureStatusWithPercent(before.Status, before.PercentComplete);
        var outcome = await reporter.RecordAsync(turn.Actor, report, cancellationToken);
        if (outcome is ProgressRecorded recorded)
        {
            var entry = recorded.Entry;
            var after = entry.MeasureStatusAfter is { } status ? texts.MeasureStatusWithPercent(status, entry.PercentAfter) : texts.FindingStatus(entry.FindingStatusAfter);
            var subject = before is null ? texts.WholeFindingChoice : texts.MeasureNumber(before.Ordinal) + " " + before.Text;
            var model = new ProgressConfirmCardModel(finding.Number, finding.Title, subject, beforeText, after, entry.Description, entry.EvidenceName, entry.EvidenceUrl);
            return [turn.Reply.Card(ProgressConfirmCard.Saved(model, texts)), .. await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken)];
        }

        // Refused, a rule of the finding, or changed meanwhile: the form again with the reason, then the answer itself.
        var answers = await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken);
        var reasons = answers.Where(a => a.Card is null).Select(a => a.Text ?? string.Empty).ToList();
        var latest = await ledger.GetFindingAsync(number, cancellationToken) ?? finding;
        return [Form(latest, values, reasons, turn), .. answers.Where(a => a.Card is not null)];
    }

    private static ProgressReport? Validate(Finding finding, ProgressFormValues values, Localization.Texts texts, List<string> errors)
    {
        var target = ProgressTarget.Measure;
        int? ordinal = null;
        if (string.Equals(values.Measure, ProgressFormCard.WholeFinding, StringComparison.Ordinal))
        {
            target = ProgressTarget.WholeFinding;
        }
        else if (int.TryParse(values.Measure, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && finding.FindMeasure(parsed) is not null)
        {
            ordinal = parsed;
        }
        else
        {
            errors.Add(texts.NotAMeasure(finding.Measures.Count));
        }

        MeasureStatus? status = Enum.TryParse<MeasureStatus>(values.Status, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen) ? chosen : null;
        if (target != ProgressTarget.WholeFinding && status is null)
        {
            errors.Add(texts.ReportProblem(ReportProblem.StatusMissing));
        }

        int? percent = null;
        if (!string.IsNullOrWhiteSpace(values.Percent))
        {
            if (double.TryParse(values.Percent, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 100 && number == Math.Floor(number))
            {
                percent = (int)number;
            }
            else
            {
                errors.Add(texts.ReportProblem(ReportProblem.PercentOutOfRange));
            }
        }

        var description = values.Description?.Trim() ?? string.Empty;
        if (description.Length == 0)
        {
            errors.Add(texts.ReportProblem(ReportProblem.DescriptionMissing));
        }
        else if (target != ProgressTarget.WholeFinding && status is not null
            && ProgressStatementReader.Read(description) is { StatesProgress: true } stated && stated.Status != status)
        {
            errors.Add(texts.ReportProblem(ReportProblem.DescriptionDisagreesWithStatus));
        }
        else if (description.Length > ProgressEntry.MaxDescriptionLength)
        {
            errors.Add(texts.DescriptionTooLong(description.Length, ProgressEntry.MaxDescriptionLength));
        }

        var evidence = string.IsNullOrWhiteSpace(values.Evidence) ? null : ReportAnswerParser.EvidenceWritten(values.Evidence);
        if (evidence is not null && (evidence.Name?.Length > Evidence.MaxNameLength || evidence.Url?.Length > Evidence.MaxUrlLength))
        {
            errors.Add(texts.ReportProblem(ReportProblem.EvidenceTooLong));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var report = new ProgressReport(finding.Number, target, ordinal, null, target == ProgressTarget.WholeFinding ? null : status, target == ProgressTarget.WholeFinding ? null : percent, description, evidence);
        errors.AddRange(report.Problems().Select(texts.ReportProblem));
        return errors.Count > 0 ? null : report;
    }

    private OutboundMessage Form(Finding finding, ProgressFormValues values, IReadOnlyList<string> errors, DialogTurn turn) =>
        turn.Reply.Card(ProgressFormCard.Build(Model(finding) with { Values = values, Errors = errors }, turn.Reply.Texts));

    private static ProgressFormCardModel Model(Finding finding) => new(
        finding.Number,
        finding.Title,
        [.. finding.Measures.Select(m => new ProgressFormMeasure(m.Ordinal, m.Text, m.Status, m.PercentComplete))]);

    private static ProgressFormValues Read(JsonObject? data) => new(
        Measure: Field(data, ProgressFormCard.MeasureInput),
        Status: Field(data, ProgressFormCard.StatusInput),
        Percent: Field(data, ProgressFormCard.PercentInput),
        Description: Field(data, ProgressFormCard.DescriptionInput),
        Evidence: Field(data, ProgressFormCard.EvidenceInput));

    /// <summary>Hosts send inputs as strings; be lenient about numbers sent as numbers.</summary>
    private static string? Field(JsonObject? data, string name) => data?[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };
}
