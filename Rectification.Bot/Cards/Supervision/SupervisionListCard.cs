using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Cards.Supervision;

/// <summary>
/// 督办清单 and its questions: the findings grouped by colour, red first, each group under a heading in its colour's
/// style, each row tappable for the finding's status card. Within a colour the most overdue come first. Version 1.2.
/// </summary>
public static class SupervisionListCard
{
    public static AdaptiveCard Build(SupervisionListCardModel list, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.SupervisionListTitle(list.Filter, list.WithinWorkingDays, list.Rows.Count)));
        card.Body.Add(CardParts.Note(texts.SupervisionLegend(list.Thresholds.BlueWithinWorkingDays, list.Thresholds.RedAfterWorkingDaysOverdue)));
        if (list.Rows.Count == 0)
        {
            card.Body.Add(CardParts.Paragraph(texts.SupervisionListEmpty(list.Filter, list.WithinWorkingDays)));
            return card;
        }

        foreach (var group in list.Rows.GroupBy(ColourOf).OrderByDescending(g => g.Key))
        {
            var rows = group.OrderBy(r => r.Supervision?.WorkingDaysLeft ?? int.MaxValue).ThenBy(r => r.Number).ToList();
            if (group.Key != SupervisionColour.None)
            {
                card.Body.Add(new Container([new TextBlock(texts.SupervisionSectionHeading(group.Key, rows.Count))
                {
                    Weight = TextWeight.Bolder,
                }])
                {
                    Style = SupervisionParts.Style(group.Key),
                    Spacing = Spacing.Medium,
                });
            }

            card.Body.AddRange(rows.Select(row => FindingRows.Row(row, texts)));
        }

        return card;
    }

    private static SupervisionColour ColourOf(FindingListRow row) => row.Supervision?.Colour ?? SupervisionColour.None;
}
