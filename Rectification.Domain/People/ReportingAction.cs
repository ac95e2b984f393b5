namespace Rectification.Domain.People;

/// <summary>What someone wants to do to a finding, as far as the policy is concerned.</summary>
public enum ReportingAction
{
    /// <summary>Report progress on a measure or the finding as a whole, or report a new measure.</summary>
    Report,

    /// <summary>Sign a completed finding off (销号).</summary>
    SignOff,

    /// <summary>Reopen a completed or signed-off finding (反弹回潮).</summary>
    Reopen,

    /// <summary>Correct an earlier history entry with a superseding one.</summary>
    Correct,

    /// <summary>Manage people, assign departments, leaders and deadlines.</summary>
    Administer,
}
