namespace Rectification.Domain.People;

/// <summary>The answer of <see cref="ReportingPolicy"/>: allowed, or refused with a reason code.</summary>
public readonly record struct PolicyDecision(RefusalReason? Refusal)
{
    public static PolicyDecision Allowed => default;

    public bool IsAllowed => Refusal is null;

    public static PolicyDecision Refused(RefusalReason reason) => new(reason);
}
