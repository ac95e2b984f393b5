using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Supervision;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards;

/// <summary>
/// A finding as one tappable row: number, shortened title, status. Kept lean because the list card holds all 29
/// and must stay under the 28 KB post limit.
/// </summary>
internal static class FindingRows
{
    /// <summary>Titles are cut at this many characters; two lines on a phone.</summary>
    public const int TitleLength = 40;

    public static ColumnSet Row(FindingListRow row, Texts texts) => new()
    {
        Separator = true,
        Spacing = Spacing.Small,
        SelectAction = new SubmitAction { Data = CardSubmitData.ForFinding(CardIntents.Status, row.Number).ToJson() },
        Columns =
        {
            new Column(CardParts.MarkerWidth, [CardParts.Number(row.Number)]),
            new Column(ColumnWidth.Stretch, [
                new TextBlock(CardText.Shorten(row.Title, TitleLength)) { Wrap = true, MaxLines = 2 },
                new TextBlock(StatusLine(row, texts)) { Size = TextSize.Small, Color = CardParts.StatusColor(row.Status), Spacing = Spacing.None },
                .. SupervisionLine(row, texts),
            ]),
        },
    };

    private static IEnumerable<CardElement> SupervisionLine(FindingListRow row, Texts texts) =>
        row.Supervision is { } standing && texts.SupervisionLine(standing) is { } line
            ? [new TextBlock(line) { Size = TextSize.Small, Weight = TextWeight.Bolder, Color = SupervisionParts.Color(standing.Colour), Spacing = Spacing.None }]
            : [];

    private static string StatusLine(FindingListRow row, Texts texts)
    {
        var status = texts.FindingStatus(row.Status);
        var line = row is { MeasureCount: > 0 and var total, CompletedMeasureCount: { } completed }
            ? $"{status} · {texts.MeasuresCompleted(completed, total)}"
            : status;
        return row.Deadline is { } deadline ? $"{line} · {texts.DueOn(texts.DeadlineText(deadline))}" : line;
    }
}
