using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards;

/// <summary>One line of a finding's history as the status card shows it.</summary>
/// <param name="AtUtc">When it was recorded, in UTC; the card shows office time.</param>
public sealed record FindingCardEntry(string AuthorName, DateTime AtUtc, ProgressEntryKind Kind, string Description)
{
    /// <summary>The measure the entry is about; null when it is about the finding as a whole.</summary>
    public int? MeasureOrdinal { get; init; }

    /// <summary>The next step (下一步) the entry is about, when it is about one; the status columns then describe it.</summary>
    public int? NextStepOrdinal { get; init; }

    public MeasureStatus? MeasureStatusBefore { get; init; }

    public MeasureStatus? MeasureStatusAfter { get; init; }

    public int? PercentBefore { get; init; }

    public int? PercentAfter { get; init; }

    public FindingStatus? FindingStatusBefore { get; init; }

    public FindingStatus? FindingStatusAfter { get; init; }

    /// <summary>Everything that backs the entry: its own evidence and what was sent for it later (补充佐证).</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
