namespace Rectification.Domain.Queries;

/// <summary>
/// One inspection round as people name it: its <paramref name="Ordinal"/> (第一轮 the earliest fed back, see
/// <see cref="CurrentRound.InRoundOrder"/>), who inspected whom, when, and how many findings it has.
/// <paramref name="IsLatest"/> marks the one announced last, every conversation's round until an admin chooses another.
/// </summary>
public sealed record InspectionRound(
    int Ordinal,
    int InspectionId,
    string InspectionGroup,
    string InspectedOrganization,
    DateOnly FeedbackDate,
    DateOnly AnnouncementDate,
    int Findings,
    bool IsLatest);
