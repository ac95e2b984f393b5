namespace Rectification.Domain.Import;

/// <summary>What one import changed in the ledger.</summary>
/// <param name="InspectionId">The inspection the findings belong to, new or existing.</param>
/// <param name="InspectionCreated">False when the inspection (same group, organisation and feedback date) existed.</param>
/// <param name="FindingsCreated">Findings added, each with its measures, next steps and Announced entry.</param>
/// <param name="FindingsSkipped">Findings that already existed (a later announcement may still update their measures).</param>
/// <param name="LaterAnnouncement">True when the document is a later announcement of an inspection already read.</param>
/// <param name="MeasuresUpdated">Measures of existing findings a later announcement updated or added, one history entry each.</param>
public sealed record ImportResult(
    int InspectionId,
    bool InspectionCreated,
    int FindingsCreated,
    int FindingsSkipped,
    int MeasuresCreated,
    int NextStepsCreated,
    bool LaterAnnouncement = false,
    int MeasuresUpdated = 0)
{
    public bool ChangedAnything => InspectionCreated || FindingsCreated > 0 || LaterAnnouncement;
}
