using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Localization;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Cards.Digest;

/// <summary>
/// The weekly digest as an Adaptive Card 1.2 (leaders read it on their phones): where the round stands, what
/// changed, what is overdue, due soon or stalled, each department in one line, the next deadlines. A tap on a
/// finding opens its status card ({ "intent": "status", "finding": N }). Same wording as
/// <see cref="DigestMarkdown"/>, from <see cref="DigestTexts"/>.
/// </summary>
/// <remarks>
/// Bounded: the report already spells out only its most recent changes and counts the rest (summarised with
/// "history of item N"); should the card still exceed <see cref="MaxBytes"/> (hundreds of departments, very long
/// lists), lists are shortened step by step and, as a last resort, replaced by their counts.
/// </remarks>
public static class DigestCard
{
    /// <summary>The card's budget, UTF-16 bytes: half the 80 KB Teams advises, leaving room for the text form.</summary>
    public const int MaxBytes = CardSize.RecommendedMaxBytes / 2;

    /// <summary>How many finding buttons the card ends with (the most overdue findings).</summary>
    public const int MaxButtons = 3;

    private const string Separator = " · ";

    private static readonly int?[] LineLimits = [null, 15, 5, 0];

    public static AdaptiveCard Build(DigestReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var texts = DigestTexts.For(language);
        AdaptiveCard? card = null;
        foreach (var limit in LineLimits)
        {
            card = Build(report, texts, limit);
            if (CardSize.Utf16Bytes(CardSerializer.ToJson(card)) <= MaxBytes)
            {
                return card;
            }
        }

        card!.Body.Add(CardParts.Note(texts.Truncated));
        return card;
    }

    private static AdaptiveCard Build(DigestReport report, DigestTexts texts, int? limit)
    {
        var period = report.Period;
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.Title(period.Key, period.FirstDay, period.LastDay)));
        card.Body.Add(CardParts.Note(texts.AsOf(TimeZoneInfo.ConvertTime(report.AsOf, period.Zone).DateTime, period.Zone.Id)));
        if (report.Accountability is { } mine)
        {
            card.Body.Add(new TextBlock(texts.AccountabilityLine(mine.LeaderName, mine.FindingNumbers)) { Wrap = true, Weight = TextWeight.Bolder });
        }

        card.Body.Add(CardParts.SectionHeading(texts.OverallHeading));
        card.Body.Add(new ColumnSet([
            new Column(ColumnWidth.Auto, [new TextBlock($"{report.Totals.Percent}%")
            {
                Size = TextSize.ExtraLarge,
                Weight = TextWeight.Bolder,
                Color = report.Totals.Percent == 100 ? TextColor.Good : TextColor.Accent,
            }]),
            new Column(ColumnWidth.Stretch, [
                CardParts.Paragraph(texts.MeasureTotals(report.Totals)),
                new TextBlock(texts.FindingTotals(report.Totals)) { Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small },
            ]),
        ]));

        card.Body.Add(CardParts.SectionHeading(texts.SupervisionHeading));
        card.Body.AddRange(texts.SupervisionLines(report.Supervision).Select(Bullet));

        Changes(card, report, texts, limit);

        var overdueColor = report.Overdue.TotalCount > 0 ? TextColor.Attention : (TextColor?)null;
        FindingList(card, texts.OverdueHeading(report.Overdue.TotalCount), report.Overdue, texts, limit, overdueColor,
            i => i.Number, i => Join(texts.Item(i.Number, i.Title), texts.Overdue(DateText(i.Deadline), i.DaysOverdue), i.Department));
        FindingList(card, texts.DueSoonHeading(report.DueSoonDays, report.DueSoon.TotalCount), report.DueSoon, texts, limit, null,
            i => i.Number, i => Join(texts.Item(i.Number, i.Title), texts.DueSoon(DateText(i.Deadline), i.DaysLeft), i.Department));
        FindingList(card, texts.StalledHeading(report.StallDays, report.Stalled.TotalCount), report.Stalled, texts, limit, null,
            i => i.Number, i =>
            {
                var last = i.LastEntryAtUtc is { } at ? DateText(DateOnly.FromDateTime(period.ToLocal(at))) : null;
                return Join(texts.Item(i.Number, i.Title), texts.SinceLastEntry(i.DaysSinceLastEntry, last), i.Department);
            });

        card.Body.Add(CardParts.SectionHeading(texts.DepartmentsHeading));
        var departments = Take(report.Departments, limit);
        card.Body.AddRange(departments.Select(row =>
            Bullet(texts.DepartmentRow(row.Department ?? texts.Unassigned, row))));
        if (departments.Count < report.Departments.Count)
        {
            card.Body.Add(CardParts.Note(texts.MoreFindings(report.Departments.Count - departments.Count)));
        }

        card.Body.Add(CardParts.SectionHeading(texts.NextDeadlinesHeading));
        if (report.NextDeadlines.Count == 0)
        {
            card.Body.Add(CardParts.Paragraph(texts.NoUpcomingDeadlines));
        }

        card.Body.AddRange(report.NextDeadlines.Select(d => Bullet(texts.DeadlineLine(DateText(d.Date), d.DaysLeft, d.FindingNumbers))));

        card.Actions.AddRange(report.Overdue.Shown.Concat(report.DueSoon.Shown)
            .Select(i => i.Number).Distinct().Take(MaxButtons)
            .Select(n => CardParts.Submit(texts.OpenItem(n), CardSubmitData.ForFinding(CardIntents.Status, n))));
        return card;

        string DateText(DateOnly date) => texts.Date(date, date.Year != report.Today.Year);
    }

    private static void Changes(AdaptiveCard card, DigestReport report, DigestTexts texts, int? limit)
    {
        var changes = report.Changes;
        card.Body.Add(CardParts.SectionHeading(texts.ChangesHeading(report.Period.Key, changes)));
        if (changes.TotalCount == 0)
        {
            card.Body.Add(CardParts.Paragraph(texts.NoChanges));
            return;
        }

        card.Body.Add(CardParts.Note(texts.ByKind(changes.ByKind)));
        var shown = Take(changes.Shown, limit);
        foreach (var change in shown)
        {
            var local = report.Period.ToLocal(change.RecordedAtUtc);
            var line = Join([
                texts.DateAndTime(local, local.Year != report.Today.Year),
                texts.Item(change.FindingNumber, change.FindingTitle),
                .. texts.ChangeParts(change),
                texts.RecordedBy(change.AuthorName)]);
            card.Body.Add(Tappable(Bullet(line), change.FindingNumber));
        }

        var omitted = changes.TotalCount - shown.Count;
        if (omitted > 0)
        {
            card.Body.Add(CardParts.Note(texts.MoreChanges(omitted)));
        }
    }

    private static void FindingList<T>(
        AdaptiveCard card, string heading, DigestList<T> list, DigestTexts texts, int? limit, TextColor? color,
        Func<T, int> number, Func<T, string> line)
    {
        card.Body.Add(new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium, Color = color });
        if (list.TotalCount == 0)
        {
            card.Body.Add(CardParts.Paragraph(texts.NoneInList));
            return;
        }

        var shown = Take(list.Shown, limit);
        card.Body.AddRange(shown.Select(item => Tappable(Bullet(line(item)), number(item))));
        var omitted = list.TotalCount - shown.Count;
        if (omitted > 0)
        {
            card.Body.Add(CardParts.Note(texts.MoreFindings(omitted)));
        }
    }

    private static List<T> Take<T>(IEnumerable<T> items, int? limit) => limit is { } max ? items.Take(max).ToList() : items.ToList();

    private static TextBlock Bullet(string text) => new("• " + text) { Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small };

    /// <summary>A line that opens the finding's status card when tapped.</summary>
    private static Container Tappable(TextBlock line, int finding) => new([line])
    {
        Spacing = Spacing.Small,
        SelectAction = new SubmitAction { Data = CardSubmitData.ForFinding(CardIntents.Status, finding).ToJson() },
    };

    private static string Join(params string?[] parts) => string.Join(Separator, parts.Where(p => !string.IsNullOrEmpty(p)));
}
