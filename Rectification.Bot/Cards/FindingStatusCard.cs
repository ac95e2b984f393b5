using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Supervision;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards;

/// <summary>
/// The answer to "how is item 14 doing?": heading, problem statement, responsibilities, measures with their status,
/// next steps, recent history, and buttons to report progress or see the whole history. Version 1.2.
/// </summary>
public static class FindingStatusCard
{
    /// <summary>How many history entries the card shows; the History button shows the rest.</summary>
    public const int RecentEntryCount = 3;

    private const int EntryDescriptionLength = 120;

    public static AdaptiveCard Build(FindingCardModel finding, Texts texts, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(timeZone);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.FindingHeading(finding.Number, finding.Status), CardParts.StatusColor(finding.Status)));
        card.Body.AddRange(SupervisionParts.Banner(finding.Supervision, texts));
        card.Body.AddRange(SupervisionParts.Recurrences(finding.RecurrenceCount, texts));
        card.Body.Add(new TextBlock(finding.Title) { Wrap = true, Spacing = Spacing.Small });
        card.Body.Add(Facts(finding, texts, timeZone));
        card.Body.AddRange(Measures(finding, texts));
        card.Body.AddRange(NextSteps(finding, texts));
        card.Body.AddRange(RecentEntries(finding, texts, timeZone));
        card.Actions.AddRange(Actions(finding, texts));
        return card;
    }

    private static FactSet Facts(FindingCardModel finding, Texts texts, TimeZoneInfo timeZone)
    {
        var lastUpdate = finding.LastUpdate is { } update
            ? texts.UpdatedBy(update.AuthorName, texts.DateAndTime(Local(update.AtUtc, timeZone)))
            : texts.NoUpdatesYet;
        var facts = new FactSet();
        facts.Facts.Add(new Fact(texts.DepartmentLabel, finding.Department ?? texts.NotAssigned));
        facts.Facts.Add(new Fact(texts.LeaderLabel, finding.Leader ?? texts.NotAssigned));
        facts.Facts.Add(new Fact(texts.DeadlineLabel, texts.DeadlineText(finding.Deadline)));
        if (finding.MeasureCount > 0)
        {
            facts.Facts.Add(new Fact(texts.MeasuresProgressLabel, texts.MeasuresCompleted(finding.CompletedMeasureCount, finding.MeasureCount)));
        }

        facts.Facts.Add(new Fact(texts.LastUpdateLabel, lastUpdate));
        return facts;
    }

    private static IEnumerable<CardElement> Measures(FindingCardModel finding, Texts texts)
    {
        yield return CardParts.SectionHeading(texts.MeasuresHeading);
        if (finding.Measures.Count == 0)
        {
            yield return CardParts.Paragraph(texts.NoMeasures);
            yield break;
        }

        foreach (var item in WorkItems(finding.Measures, texts))
        {
            yield return item;
        }
    }

    private static IEnumerable<CardElement> NextSteps(FindingCardModel finding, Texts texts)
    {
        if (finding.NextSteps.Count == 0)
        {
            yield break;
        }

        yield return CardParts.SectionHeading(texts.NextStepsHeading);
        foreach (var item in WorkItems(finding.NextSteps, texts))
        {
            yield return item;
        }
    }

    /// <summary>Measures and next steps alike: the number people use, the status in its colour, the text.</summary>
    private static IEnumerable<CardElement> WorkItems(IReadOnlyList<FindingCardMeasure> items, Texts texts)
    {
        var spacing = Spacing.Small; // the first item sits close to its heading, the others apart
        foreach (var item in items.OrderBy(m => m.Ordinal))
        {
            var status = new TextBlock(item.Deadline is { } own
                ? $"{texts.MeasureStatusWithPercent(item.Status, item.Percent)} · {texts.DueOn(texts.DeadlineText(own))}"
                : texts.MeasureStatusWithPercent(item.Status, item.Percent))
            {
                Size = TextSize.Small,
                Weight = TextWeight.Bolder,
                Color = CardParts.StatusColor(item.Status),
            };
            yield return CardParts.NumberedItem(item.Ordinal, [status, new TextBlock(item.Text) { Wrap = true, Spacing = Spacing.None }], spacing);
            spacing = Spacing.Medium;
        }
    }

    private static IEnumerable<CardElement> RecentEntries(FindingCardModel finding, Texts texts, TimeZoneInfo timeZone)
    {
        var entries = finding.RecentEntries.OrderByDescending(e => e.AtUtc).Take(RecentEntryCount).ToList();
        if (entries.Count == 0)
        {
            yield break;
        }

        yield return CardParts.SectionHeading(texts.RecentHistoryHeading);
        foreach (var entry in entries)
        {
            var heading = string.Join(" · ", EntryHeadingParts(entry, texts, timeZone));
            yield return new TextBlock(heading) { Size = TextSize.Small, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small };
            yield return CardParts.Note(CardText.Shorten(CardText.SingleLine(entry.Description), EntryDescriptionLength), maxLines: 3);
            foreach (var evidence in CardParts.EvidenceNotes(entry.Evidence, texts))
            {
                yield return evidence;
            }
        }
    }

    private static IEnumerable<string> EntryHeadingParts(FindingCardEntry entry, Texts texts, TimeZoneInfo timeZone)
    {
        yield return texts.DateAndTime(Local(entry.AtUtc, timeZone));
        yield return entry.AuthorName;
        yield return texts.ProgressEntryKind(entry.Kind);
        if (entry is { MeasureOrdinal: { } ordinal, MeasureStatusAfter: { } after })
        {
            yield return texts.MeasureChange(ordinal, MeasureChange(entry, after, texts));
        }
        else if (entry is { NextStepOrdinal: { } step, MeasureStatusAfter: { } stepAfter })
        {
            yield return texts.NextStepChange(step, MeasureChange(entry, stepAfter, texts));
        }

        if (entry is { FindingStatusBefore: { } findingBefore, FindingStatusAfter: { } findingAfter } && findingBefore != findingAfter)
        {
            yield return texts.FindingStatusChanged(texts.StatusChange(texts.FindingStatus(findingBefore), texts.FindingStatus(findingAfter)));
        }
    }

    /// <summary>"推进中 50%→80%" when only the percentage moved, "未开始→推进中 30%" when the status did.</summary>
    private static string MeasureChange(FindingCardEntry entry, MeasureStatus after, Texts texts)
    {
        var afterText = texts.MeasureStatusWithPercent(after, entry.PercentAfter);
        return entry switch
        {
            { MeasureStatusBefore: null } => afterText,
            { PercentBefore: { } from, PercentAfter: { } to } when entry.MeasureStatusBefore == after && from != to =>
                texts.MeasurePercentChange(after, from, to),
            _ when entry.MeasureStatusBefore == after && entry.PercentBefore == entry.PercentAfter => afterText,
            _ => texts.StatusChange(texts.MeasureStatusWithPercent(entry.MeasureStatusBefore.Value, entry.PercentBefore), afterText),
        };
    }

    private static IEnumerable<CardAction> Actions(FindingCardModel finding, Texts texts)
    {
        // A signed-off finding takes no more progress (the ledger refuses it), so the card does not offer it.
        if (finding.Status != FindingStatus.SignedOff)
        {
            yield return CardParts.Submit(texts.ReportProgressAction, CardSubmitData.ForFinding(CardIntents.Report, finding.Number));
        }

        yield return CardParts.Submit(texts.HistoryAction, CardSubmitData.ForFinding(CardIntents.History, finding.Number));
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), timeZone);
}
