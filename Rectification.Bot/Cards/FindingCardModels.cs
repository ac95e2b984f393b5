using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Cards;

/// <summary>
/// Copies a loaded <see cref="Finding"/> (measures, next steps and history included) into the cards' plain models,
/// so the conversation layer need not repeat the mapping. Nothing here queries anything.
/// </summary>
public static class FindingCardModels
{
    public static FindingCardModel From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var last = finding.LastEntry;
        return new FindingCardModel(finding.Number, finding.Title, finding.Status)
        {
            Department = finding.ResponsibleDepartment,
            Leader = finding.ResponsibleLeader,
            Deadline = finding.Deadline,
            RecurrenceCount = finding.RecurrenceCount,
            Measures = [.. finding.Measures.OrderBy(m => m.Ordinal).Select(m => new FindingCardMeasure(m.Ordinal, m.Text, m.Status, m.PercentComplete) { Deadline = m.Deadline })],
            NextSteps = [.. finding.NextSteps.OrderBy(s => s.Ordinal).Select(s => new FindingCardMeasure(s.Ordinal, s.Text, s.Status, s.PercentComplete))],
            LastUpdate = last is null ? null : new FindingCardUpdate(last.AuthorName, last.RecordedAtUtc, last.Description),
            // Evidence sent later is shown with the entry it backs, not as an entry of its own.
            RecentEntries = [.. finding.History.Where(e => e.Kind != ProgressEntryKind.EvidenceAdded)
                .OrderByDescending(e => (e.RecordedAtUtc, e.Id)).Take(FindingStatusCard.RecentEntryCount).Select(e => Entry(finding, e))],
        };
    }

    public static FindingListRow Row(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new FindingListRow(finding.Number, finding.Title, finding.Status)
        {
            MeasureCount = finding.Measures.Count,
            CompletedMeasureCount = finding.Measures.Count(m => m.Status == MeasureStatus.Completed),
        };
    }

    /// <summary>A row from the ledger's list query (<see cref="LedgerQueries.ListFindingsAsync"/>).</summary>
    public static FindingListRow Row(FindingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new FindingListRow(summary.Number, summary.Title, summary.Status)
        {
            MeasureCount = summary.MeasureCount,
            CompletedMeasureCount = summary.CompletedMeasureCount,
        };
    }

    private static FindingCardEntry Entry(Finding finding, ProgressEntry entry) => new(entry.AuthorName, entry.RecordedAtUtc, entry.Kind, entry.Description)
    {
        Evidence = finding.EvidenceOf(entry),
        MeasureOrdinal = entry.MeasureOrdinal,
        NextStepOrdinal = entry.NextStepOrdinal,
        MeasureStatusBefore = entry.MeasureStatusBefore,
        MeasureStatusAfter = entry.MeasureStatusAfter,
        PercentBefore = entry.PercentBefore,
        PercentAfter = entry.PercentAfter,
        FindingStatusBefore = entry.FindingStatusBefore,
        FindingStatusAfter = entry.FindingStatusAfter,
    };
}
