using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards.Questions;

/// <summary>
/// One department's findings ("科技金融处的问题（5）", "我的待办 · 科技金融处（3）"): a title, how many of each status,
/// then one tappable row per finding with its deadline, in the order given. Version 1.2.
/// </summary>
public static class DepartmentFindingsCard
{
    public static AdaptiveCard Build(string title, IReadOnlyList<FindingListRow> rows, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(title));
        card.Body.Add(CardParts.Note(texts.StatusCounts(
            rows.Count(r => r.Status == Domain.Findings.FindingStatus.InProgress),
            rows.Count(r => r.Status == Domain.Findings.FindingStatus.Completed),
            rows.Count(r => r.Status == Domain.Findings.FindingStatus.SignedOff))));
        card.Body.AddRange(rows.Select(row => FindingRows.Row(row, texts)));
        return card;
    }
}
