using Rectification.Domain.Findings;

namespace Rectification.Bot.Api;

public sealed record FindingDetail(
    int Number,
    string Title,
    string? Category,
    string? ResponsibleLeader,
    string? ResponsibleDepartment,
    DateOnly? Deadline,
    DeadlineKind? DeadlineKind,
    FindingStatus Status,
    IReadOnlyList<MeasureDetail> Measures,
    IReadOnlyList<NextStepDetail> NextSteps,
    IReadOnlyList<HistoryEntryDetail> History)
{
    public static FindingDetail From(Finding finding) => new(
        finding.Number,
        finding.Title,
        finding.Category,
        finding.ResponsibleLeader,
        finding.ResponsibleDepartment,
        finding.Deadline?.Date,
        finding.Deadline?.Kind,
        finding.Status,
        finding.Measures.OrderBy(m => m.Ordinal).Select(m => new MeasureDetail(m.Ordinal, m.Text, m.Status, m.PercentComplete, m.Deadline?.Date, m.Deadline?.Kind)).ToList(),
        finding.NextSteps.OrderBy(s => s.Ordinal).Select(s => new NextStepDetail(s.Ordinal, s.Text, s.Status, s.PercentComplete)).ToList(),
        finding.History.OrderBy(e => e.RecordedAtUtc).ThenBy(e => e.Id).Select(HistoryEntryDetail.From).ToList());
}

/// <summary>A measure; <paramref name="Deadline"/> and <paramref name="DeadlineKind"/> are its own deadline, when it has one.</summary>
public sealed record MeasureDetail(int Ordinal, string Text, MeasureStatus Status, int? PercentComplete, DateOnly? Deadline = null, DeadlineKind? DeadlineKind = null);

/// <summary>A next step (下一步): planned work, reported and completed like a measure.</summary>
public sealed record NextStepDetail(int Ordinal, string Text, MeasureStatus Status, int? PercentComplete);
