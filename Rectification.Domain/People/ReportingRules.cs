namespace Rectification.Domain.People;

/// <summary>
/// The deployment's reporting settings the policy needs. The host decides the value: by default unknown
/// users may report in local mode (no Microsoft App ID) and may not once the bot authenticates its callers.
/// </summary>
public sealed record ReportingRules(bool AllowUnknownUsers)
{
    public static ReportingRules LocalMode { get; } = new(AllowUnknownUsers: true);

    public static ReportingRules Authenticated { get; } = new(AllowUnknownUsers: false);
}
