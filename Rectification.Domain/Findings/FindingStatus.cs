namespace Rectification.Domain.Findings;

/// <summary>Where a finding stands. Stored as its name, so the values may be reordered freely.</summary>
public enum FindingStatus
{
    /// <summary>Rectification is under way (整改中).</summary>
    InProgress,

    /// <summary>Every measure is done; a leader has yet to sign it off (已完成，待销号).</summary>
    Completed,

    /// <summary>Signed off by a leader (已销号): closed.</summary>
    SignedOff,
}
