using Rectification.Domain.Findings;

namespace Rectification.Bot.Api;

public sealed record FindingDetail(
    int Number,
    string Title,
    string? Category,
    string? ResponsibleLeader,
    string? ResponsibleDepartment,
    DateOnly? Deadline,
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
        finding.Deadline,
        finding.Status,
        finding.Measures.OrderBy(m => m.Ordinal).Select(m => new MeasureDetail(m.Ordinal, m.Text, m.Status, m.PercentComplete)).ToList(),
        finding.NextSteps.OrderBy(s => s.Ordinal).Select(s => new NextStepDetail(s.Ordinal, s.Text)).ToList(),
        finding.History.OrderBy(e => e.RecordedAtUtc).ThenBy(e => e.Id).Select(HistoryEntryDetail.From).ToList());
}

public sealed record MeasureDetail(int Ordinal, string Text, MeasureStatus Status, int? PercentComplete);

public sealed record NextStepDetail(int Ordinal, string Text);
