using Rectification.Domain.Findings;

namespace Rectification.Bot.Api;

public sealed record HistoryEntryDetail(
    long Id,
    ProgressEntryKind Kind,
    DateTime RecordedAt,
    string Author,
    string? AuthorId,
    ProgressSource Source,
    string? Channel,
    string Description,
    int? Measure,
    MeasureStatus? MeasureStatusBefore,
    MeasureStatus? MeasureStatusAfter,
    int? PercentBefore,
    int? PercentAfter,
    FindingStatus FindingStatusBefore,
    FindingStatus FindingStatusAfter,
    string? EvidenceName,
    string? EvidenceUrl,
    long? Supersedes)
{
    public static HistoryEntryDetail From(ProgressEntry e) => new(
        e.Id, e.Kind, e.RecordedAtUtc, e.AuthorName, e.AuthorId, e.Source, e.Channel, e.Description,
        e.MeasureOrdinal, e.MeasureStatusBefore, e.MeasureStatusAfter, e.PercentBefore, e.PercentAfter,
        e.FindingStatusBefore, e.FindingStatusAfter, e.EvidenceName, e.EvidenceUrl, e.SupersedesEntryId);
}
