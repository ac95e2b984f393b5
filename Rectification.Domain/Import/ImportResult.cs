namespace Rectification.Domain.Import;

/// <summary>What one import changed in the ledger.</summary>
/// <param name="InspectionId">The inspection the findings belong to, new or existing.</param>
/// <param name="InspectionCreated">False when the inspection (same group, organisation and feedback date) existed.</param>
/// <param name="FindingsCreated">Findings added, each with its measures, next steps and Announced entry.</param>
/// <param name="FindingsSkipped">Findings that already existed and were left exactly as they were.</param>
public sealed record ImportResult(
    int InspectionId,
    bool InspectionCreated,
    int FindingsCreated,
    int FindingsSkipped,
    int MeasuresCreated,
    int NextStepsCreated)
{
    public bool ChangedAnything => InspectionCreated || FindingsCreated > 0;
}
