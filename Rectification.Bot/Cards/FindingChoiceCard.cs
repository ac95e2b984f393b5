using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards;

/// <summary>
/// Asked when a keyword matches several findings: one button per candidate, "第14项 金融发展促进中心组建…", stacked so
/// that a phone shows each title. Version 1.2.
/// </summary>
public static class FindingChoiceCard
{
    /// <summary>More than a handful of buttons is no longer a choice: beyond it, the card asks for a narrower keyword.</summary>
    public const int MaxCandidates = 5;

    /// <summary>Characters of the title on a button: what a 360-pixel phone shows after "第14项" before cutting it.</summary>
    public const int ButtonTitleLength = 12;

    public static AdaptiveCard Build(FindingChoiceCardModel choice, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(texts);
        var shown = choice.Candidates.Take(MaxCandidates).ToList();
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.ChooseFinding(choice.Keyword, choice.Candidates.Count)));
        card.Body.AddRange(CardParts.StackedButtons(shown.Select(row => Button(row, texts))));
        if (choice.Candidates.Count > shown.Count)
        {
            card.Body.Add(new TextBlock(texts.MoreMatches(choice.Candidates.Count - shown.Count)) { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        }

        return card;
    }

    private static SubmitAction Button(FindingListRow row, Texts texts) => CardParts.Submit(
        $"{texts.FindingNumber(row.Number)} {CardText.Shorten(row.Title, ButtonTitleLength)}",
        CardSubmitData.ForFinding(CardIntents.Status, row.Number));
}
