using System.Globalization;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards.Questions;

/// <summary>
/// The answer to "how are we doing overall?": the findings' completion rate in large type, the count of each
/// status (reopened ones named), the measures done, and buttons for the lists people ask next. Version 1.2.
/// </summary>
public static class OverallProgressCard
{
    public static AdaptiveCard Build(OverallProgress progress, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(texts);
        var totals = progress.Totals;
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.OverallTitle));
        card.Body.Add(new ColumnSet([
            new Column(ColumnWidth.Auto, [new TextBlock($"{progress.FindingPercent}%")
            {
                Size = TextSize.ExtraLarge,
                Weight = TextWeight.Bolder,
                Color = progress.FindingPercent == 100 ? TextColor.Good : TextColor.Accent,
            }]),
            new Column(ColumnWidth.Stretch, [CardParts.Paragraph(texts.FindingsCompletedShare(progress.FindingsCompleted, totals.Findings))]),
        ]));
        card.Body.Add(new FactSet([
            new Fact(texts.FindingsTotalLabel, Count(totals.Findings)),
            new Fact(texts.FindingStatus(FindingStatus.InProgress), texts.InProgressWithReopened(totals.InProgress, progress.Reopened)),
            new Fact(texts.FindingStatus(FindingStatus.Completed), Count(totals.CompletedAwaitingSignOff)),
            new Fact(texts.FindingStatus(FindingStatus.SignedOff), Count(totals.SignedOff)),
            new Fact(texts.MeasuresLabel, texts.MeasuresDoneShare(totals.MeasuresCompleted, totals.Measures, totals.Percent)),
        ]));
        card.Body.AddRange(CardParts.StackedButtons(new[] { texts.OpenListButton, texts.AwaitingSignOffButton, texts.WeekChangesButton }
            .Select(button => CardParts.Submit(button.Title, CardSubmitData.TypedText(button.Text)))));
        return card;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
