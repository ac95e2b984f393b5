namespace Rectification.Domain.Queries;

/// <summary>Which findings a list shows. Open means not yet signed off and not completed.</summary>
public enum FindingStatusFilter
{
    All,
    Open,
    Completed,
}
