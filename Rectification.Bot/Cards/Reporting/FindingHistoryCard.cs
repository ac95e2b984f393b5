using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards.Reporting;

/// <summary>One entry of the history card: what it said, and whether a later correction superseded it.</summary>
public sealed record FindingHistoryEntry(
    string AuthorName,
    DateTime AtUtc,
    ProgressEntryKind Kind,
    string Description,
    int? MeasureOrdinal,
    MeasureStatus? MeasureStatusBefore,
    MeasureStatus? MeasureStatusAfter,
    int? PercentBefore,
    int? PercentAfter,
    string? EvidenceName,
    string? EvidenceUrl,
    bool Superseded)
{
    /// <summary>Everything that backs the entry: its own evidence and what was sent for it later (补充佐证).</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The next step (下一步) the entry is about, when it is about one.</summary>
    public int? NextStepOrdinal { get; init; }
}

/// <summary>
/// "History of item 14": every entry, oldest first, with who, when, what changed and what was said; entries a later
/// correction superseded are kept, marked as such and greyed. Version 1.2, like the other display cards.
/// </summary>
public static class FindingHistoryCard
{
    public static IReadOnlyList<FindingHistoryEntry> Entries(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var superseded = finding.History.Where(e => e.SupersedesEntryId is not null).Select(e => e.SupersedesEntryId!.Value).ToHashSet();
        // Evidence sent later is shown as the evidence of the entry it backs, not as an entry of its own.
        return [.. finding.History.Where(e => e.Kind != ProgressEntryKind.EvidenceAdded).OrderBy(e => e.RecordedAtUtc).ThenBy(e => e.Id).Select(e => new FindingHistoryEntry(
            e.AuthorName, e.RecordedAtUtc, e.Kind, e.Description, e.MeasureOrdinal, e.MeasureStatusBefore, e.MeasureStatusAfter,
            e.PercentBefore, e.PercentAfter, e.EvidenceName, e.EvidenceUrl, superseded.Contains(e.Id))
        {
            Evidence = finding.EvidenceOf(e),
            NextStepOrdinal = e.NextStepOrdinal,
        })];
    }

    public static AdaptiveCard Build(int number, string title, IReadOnlyList<FindingHistoryEntry> entries, Texts texts, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(timeZone);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.HistoryHeading(number, title)));
        if (entries.Count == 0)
        {
            card.Body.Add(CardParts.Paragraph(texts.NoUpdatesYet));
        }

        foreach (var entry in entries)
        {
            var parts = new List<string>
            {
                texts.DateAndTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(entry.AtUtc, DateTimeKind.Utc), timeZone)),
                entry.AuthorName,
                texts.ProgressEntryKind(entry.Kind),
            };
            if (texts.WorkChange(entry.MeasureOrdinal, entry.NextStepOrdinal, entry.MeasureStatusBefore, entry.PercentBefore, entry.MeasureStatusAfter, entry.PercentAfter) is { } change)
            {
                parts.Add(change);
            }

            if (entry.Superseded)
            {
                parts.Add(texts.SupersededEntry);
            }

            card.Body.Add(new TextBlock(string.Join(" · ", parts))
            {
                Size = TextSize.Small,
                Weight = TextWeight.Bolder,
                Wrap = true,
                Separator = true,
                Spacing = Spacing.Medium,
                IsSubtle = entry.Superseded ? true : null,
            });
            card.Body.Add(new TextBlock(entry.Description) { Wrap = true, Spacing = Spacing.Small, IsSubtle = entry.Superseded ? true : null });
            var evidence = entry.Evidence.Count > 0 || (entry.EvidenceName is null && entry.EvidenceUrl is null)
                ? entry.Evidence
                : [new Evidence(entry.EvidenceName, entry.EvidenceUrl)];
            card.Body.AddRange(CardParts.EvidenceNotes(evidence, texts));
        }

        return card;
    }
}
