using Rectification.Domain.Findings;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Cards;

/// <summary>
/// Everything the status card shows about one finding, as plain values: cards never read the database.
/// <see cref="FindingCardModels.From"/> builds it from a loaded <see cref="Finding"/>.
/// </summary>
/// <param name="Title">The problem statement as published.</param>
public sealed record FindingCardModel(int Number, string Title, FindingStatus Status)
{
    public string? Department { get; init; }

    public string? Leader { get; init; }

    public Deadline? Deadline { get; init; }

    /// <summary>Where the finding stands on the ladder today; the card shows a band in its colour when it has one.</summary>
    public SupervisionStanding? Supervision { get; init; }

    /// <summary>How many times a follow-up check (回头看) found the problem back.</summary>
    public int RecurrenceCount { get; init; }

    public IReadOnlyList<FindingCardMeasure> Measures { get; init; } = [];

    /// <summary>The next steps (下一步) with their status: planned work, reported like a measure.</summary>
    public IReadOnlyList<FindingCardMeasure> NextSteps { get; init; } = [];

    public FindingCardUpdate? LastUpdate { get; init; }

    /// <summary>The latest history entries; the card shows the newest <see cref="FindingStatusCard.RecentEntryCount"/>.</summary>
    public IReadOnlyList<FindingCardEntry> RecentEntries { get; init; } = [];

    public int MeasureCount => Measures.Count;

    public int CompletedMeasureCount => Measures.Count(m => m.Status == MeasureStatus.Completed);
}
