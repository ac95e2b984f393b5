namespace Rectification.Domain.Queries;

/// <summary>Which findings a list shows. Open means not yet signed off and not completed.</summary>
public enum FindingStatusFilter
{
    All,
    Open,

    /// <summary>Every measure done: awaiting sign-off or signed off.</summary>
    Completed,

    /// <summary>Completed, not yet signed off (已完成，待销号).</summary>
    AwaitingSignOff,

    /// <summary>Signed off by a leader (已销号) only.</summary>
    SignedOff,
}
