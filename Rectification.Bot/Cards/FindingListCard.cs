using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards;

/// <summary>
/// "整改中的问题（7）": one tappable row per finding; a tap asks for that finding's status card. Version 1.2.
/// All 29 findings fit within the 28 KB post limit.
/// </summary>
public static class FindingListCard
{
    public static AdaptiveCard Build(FindingListCardModel list, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.FindingListTitle(list.Filter, list.Rows.Count)));
        if (list.Rows.Count == 0)
        {
            card.Body.Add(CardParts.Paragraph(texts.FindingListEmpty));
            return card;
        }

        card.Body.AddRange(list.Rows.Select(row => FindingRows.Row(row, texts)));
        return card;
    }
}
