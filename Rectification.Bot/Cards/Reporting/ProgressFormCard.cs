using System.Globalization;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards.Reporting;

/// <summary>One measure offered by the form.</summary>
public sealed record ProgressFormMeasure(int Ordinal, string Text, MeasureStatus Status, int? Percent);

/// <summary>The form's content: the finding, its measures, the values to show again and the errors to point out.</summary>
public sealed record ProgressFormCardModel(int FindingNumber, string FindingTitle, IReadOnlyList<ProgressFormMeasure> Measures)
{
    public ProgressFormValues Values { get; init; } = new();

    public IReadOnlyList<string> Errors { get; init; } = [];
}

/// <summary>What the person entered (as submitted, strings), so a refused form comes back filled in.</summary>
public sealed record ProgressFormValues(
    string? Measure = null, string? Status = null, string? Percent = null, string? Description = null, string? Evidence = null);

/// <summary>
/// The "Report progress" form: measure and status as choice sets, the percentage as a number, what was done as
/// multi-line text, evidence as a link or name. Version 1.5 (Action.Execute needs 1.4; Teams desktop renders 1.5),
/// submitted with Action.Execute verb <see cref="Verb"/> and an Action.Submit fallback carrying the same data
/// { "intent": "progress-form", "finding": N }. The server validates; errors come back in the refreshed card.
/// </summary>
public static class ProgressFormCard
{
    public const string Verb = "submitProgress";

    /// <summary>The "intent" of the form's submitted data.</summary>
    public const string Intent = "progress-form";

    public const string MeasureInput = "measure";
    public const string StatusInput = "status";
    public const string PercentInput = "percent";
    public const string DescriptionInput = "description";
    public const string EvidenceInput = "evidence";

    /// <summary>The measure choice meaning "the finding as a whole".</summary>
    public const string WholeFinding = "whole";

    public static AdaptiveCard Build(ProgressFormCardModel model, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var card = new AdaptiveCard(CardVersion.V1_5);
        card.Body.Add(CardParts.Title(texts.FormTitle(model.FindingNumber)));
        card.Body.Add(new TextBlock(model.FindingTitle) { Wrap = true, Spacing = Spacing.Small, IsSubtle = true });
        foreach (var error in model.Errors)
        {
            card.Body.Add(new TextBlock(error) { Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        var values = model.Values;
        var measures = model.Measures.OrderBy(m => m.Ordinal)
            .Select(m => new InputChoice(
                texts.MeasureNumber(m.Ordinal) + " · " + CardText.Shorten(CardText.SingleLine(m.Text), 60) + " (" + texts.MeasureStatusWithPercent(m.Status, m.Percent) + ")",
                m.Ordinal.ToString(CultureInfo.InvariantCulture)))
            .Append(new InputChoice(texts.WholeFindingChoice, WholeFinding));
        card.Body.Add(new ChoiceSetInput(MeasureInput, measures)
        {
            Label = texts.FormMeasureLabel,
            IsRequired = true,
            ErrorMessage = texts.FormMeasureRequired,
            Style = ChoiceInputStyle.Compact,
            Value = values.Measure ?? model.Measures.OrderBy(m => m.Ordinal).FirstOrDefault()?.Ordinal.ToString(CultureInfo.InvariantCulture) ?? WholeFinding,
            Wrap = true,
        });
        card.Body.Add(new ChoiceSetInput(StatusInput, Enum.GetValues<MeasureStatus>().Select(s => new InputChoice(texts.MeasureStatus(s), s.ToString())))
        {
            Label = texts.FormStatusLabel,
            Style = ChoiceInputStyle.Compact,
            Value = values.Status ?? nameof(MeasureStatus.InProgress),
        });
        card.Body.Add(new NumberInput(PercentInput)
        {
            Label = texts.FormPercentLabel,
            Min = 0,
            Max = 100,
            Value = double.TryParse(values.Percent, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) ? percent : null,
        });
        card.Body.Add(new TextInput(DescriptionInput)
        {
            Label = texts.FormDescriptionLabel,
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = texts.ReportProblemRequiredDescription,
            MaxLength = ProgressEntry.MaxDescriptionLength,
            Value = values.Description,
        });
        card.Body.Add(new TextInput(EvidenceInput)
        {
            Label = texts.FormEvidenceLabel,
            Placeholder = "https://…",
            MaxLength = Evidence.MaxUrlLength,
            Value = values.Evidence,
        });
        var data = new CardSubmitData(Intent, model.FindingNumber).ToJson();
        card.Actions.Add(new ExecuteAction
        {
            Title = texts.FormSubmitAction,
            Verb = Verb,
            Data = data,
            Fallback = ActionFallback.To(new SubmitAction { Title = texts.FormSubmitAction, Data = data.DeepClone() }),
        });
        return card;
    }
}
