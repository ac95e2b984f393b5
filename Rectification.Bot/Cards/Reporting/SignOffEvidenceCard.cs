using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards.Reporting;

/// <summary>
/// The evidence a sign-off (销号) rested on: each completed measure and next step with the evidence that backs it, a web
/// link as a button that opens it, and the leader's reason when they signed off without evidence. People's words
/// (names, links, the reason) are made Markdown-safe, so they show as typed. Version 1.2, like the other display cards.
/// </summary>
public static class SignOffEvidenceCard
{
    private const int WorkTextLength = 80;
    private const int ButtonNameLength = 40;

    public static AdaptiveCard Build(Finding finding, string? withoutEvidenceReason, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.SignOffEvidenceTitle(finding.Number)));
        card.Body.Add(new TextBlock(texts.FindingNumber(finding.Number) + " " + finding.Title) { Wrap = true, Spacing = Spacing.Small });
        if (!string.IsNullOrWhiteSpace(withoutEvidenceReason))
        {
            card.Body.Add(new TextBlock(texts.SignedOffWithoutEvidence(withoutEvidenceReason.Trim())) { Wrap = true, Color = TextColor.Warning });
        }

        var evidence = finding.EvidenceOfWork();
        foreach (var measure in finding.Measures.Where(m => m.Status == MeasureStatus.Completed).OrderBy(m => m.Ordinal))
        {
            AddWork(card, texts.MeasureNumber(measure.Ordinal), measure.Text, evidence.Where(e => e.MeasureOrdinal == measure.Ordinal), texts);
        }

        foreach (var step in finding.NextSteps.Where(s => s.Status == MeasureStatus.Completed).OrderBy(s => s.Ordinal))
        {
            AddWork(card, texts.NextStepNumber(step.Ordinal), step.Text, evidence.Where(e => e.NextStepOrdinal == step.Ordinal), texts);
        }

        var whole = evidence.Where(e => e.MeasureOrdinal is null && e.NextStepOrdinal is null).ToList();
        if (whole.Count > 0)
        {
            AddEvidence(card, CardParts.SectionHeading(texts.WholeFindingEvidence), whole, texts);
        }

        return card;
    }

    private static void AddWork(AdaptiveCard card, string label, string text, IEnumerable<WorkEvidence> evidence, Texts texts)
    {
        var heading = CardParts.SectionHeading(texts.Labelled(label, CardText.Shorten(CardText.SingleLine(text), WorkTextLength)));
        AddEvidence(card, heading, [.. evidence], texts);
    }

    private static void AddEvidence(AdaptiveCard card, TextBlock heading, IReadOnlyList<WorkEvidence> evidence, Texts texts)
    {
        card.Body.Add(heading);
        if (evidence.Count == 0)
        {
            card.Body.Add(CardParts.Note(texts.NoEvidenceForWork));
            return;
        }

        foreach (var piece in evidence.Select(e => e.Evidence))
        {
            var link = CardText.WebLink(piece.Url);
            card.Body.Add(CardParts.Note("· " + CardParts.EvidenceText(piece.Name, link is null ? piece.Url : CardText.MarkdownSafeLink(link))));
            if (link is not null)
            {
                var name = CardText.Shorten(piece.Name ?? link.Host, ButtonNameLength);
                card.Body.Add(new ActionSet([new OpenUrlAction(link) { Title = texts.OpenEvidenceLink(name) }]) { Spacing = Spacing.Small });
            }
        }
    }
}
