namespace Rectification.Domain.People;

/// <summary>
/// The deployment's reporting settings the policy needs. The host decides the value: by default unknown
/// users may report in the Development security mode and may not in Production.
/// </summary>
public sealed record ReportingRules(bool AllowUnknownUsers)
{
    public static ReportingRules LocalMode { get; } = new(AllowUnknownUsers: true);

    public static ReportingRules Authenticated { get; } = new(AllowUnknownUsers: false);
}
