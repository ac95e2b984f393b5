using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Cards.Questions;

/// <summary>
/// "What changed this week?": the findings with entries since Monday, the most recently changed first, each with
/// its entries (when, what kind, the measure's new status, the finding's status change, who), in the digest's
/// words (<see cref="DigestTexts"/>). A tap on a finding opens its status card. Version 1.2.
/// </summary>
public static class WeekChangesCard
{
    private const string Separator = " · ";

    public static AdaptiveCard Build(DigestReport week, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(texts);
        var words = DigestTexts.For(texts.Language);
        var changes = week.Changes;
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.WeekChangesTitle(week.Period.FirstDay, changes.FindingsChanged, changes.TotalCount)));
        foreach (var finding in changes.Shown.GroupBy(c => c.FindingNumber))
        {
            var first = finding.First();
            var lines = finding.Select(change => CardParts.Note(Line(change, week.Period, words)));
            card.Body.Add(new Container([CardParts.SectionHeading(words.Item(first.FindingNumber, first.FindingTitle)), .. lines])
            {
                SelectAction = new SubmitAction { Data = CardSubmitData.ForFinding(CardIntents.Status, first.FindingNumber).ToJson() },
            });
        }

        if (changes.Omitted > 0)
        {
            card.Body.Add(CardParts.Note(words.MoreChanges(changes.Omitted)));
        }

        return card;
    }

    private static string Line(DigestChange change, DigestPeriod period, DigestTexts words) => string.Join(Separator,
    [
        words.DateAndTime(period.ToLocal(change.RecordedAtUtc), withYear: false),
        .. words.ChangeParts(change),
        words.RecordedBy(change.AuthorName),
    ]);
}
