using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards.Reporting;

/// <summary>What the progress dialog is about to save, before and after.</summary>
public sealed record ProgressConfirmCardModel(
    int FindingNumber,
    string FindingTitle,
    string Subject,
    string Before,
    string After,
    string Description,
    string? EvidenceName,
    string? EvidenceUrl);

/// <summary>
/// The progress dialog's last question: the finding, the measure, before → after, what was done and the evidence,
/// with buttons that send the confirm or cancel word as if typed. Version 1.2, like the other display cards.
/// </summary>
public static class ProgressConfirmCard
{
    public static AdaptiveCard Build(ProgressConfirmCardModel model, Texts texts) => Build(model, texts, texts.ConfirmTitle, withButtons: true);

    /// <summary>The same facts after saving, without buttons: the refreshed card of a submitted form.</summary>
    public static AdaptiveCard Saved(ProgressConfirmCardModel model, Texts texts) => Build(model, texts, texts.SavedTitle, withButtons: false);

    private static AdaptiveCard Build(ProgressConfirmCardModel model, Texts texts, string title, bool withButtons)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(title));
        card.Body.Add(new TextBlock(texts.FindingNumber(model.FindingNumber) + " " + model.FindingTitle) { Wrap = true, Spacing = Spacing.Small });
        var facts = new FactSet
        {
            Facts =
            {
                new Fact(texts.ConfirmSubjectLabel, CardText.Shorten(CardText.SingleLine(model.Subject), 200)),
                new Fact(texts.ConfirmBeforeLabel, model.Before),
                new Fact(texts.ConfirmAfterLabel, model.After),
            },
        };
        if (model.EvidenceName is not null || model.EvidenceUrl is not null)
        {
            facts.Facts.Add(new Fact(texts.ConfirmEvidenceLabel, CardParts.EvidenceText(model.EvidenceName, model.EvidenceUrl)));
        }

        card.Body.Add(facts);
        card.Body.Add(CardParts.SectionHeading(texts.ConfirmDescriptionLabel));
        card.Body.Add(CardParts.Paragraph(model.Description));
        if (withButtons)
        {
            card.Actions.Add(CardParts.Submit(texts.ConfirmAction, CardSubmitData.TypedText(texts.ConfirmWord)));
            card.Actions.Add(CardParts.Submit(texts.CancelAction, CardSubmitData.TypedText(texts.CancelWord)));
        }

        return card;
    }
}
