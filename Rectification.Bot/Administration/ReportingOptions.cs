using Rectification.Bot.Security;
using Rectification.Domain.People;

namespace Rectification.Bot.Administration;

/// <summary>
/// The "Reporting" settings. <see cref="AllowUnknownUsers"/> decides whether people the bot does not know may
/// report progress; unset, the security mode decides (<see cref="SecurityPolicy.UnknownUsersMayReportByDefault"/>):
/// they may in Development and may not in Production, where the office manages its people.
/// </summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    public bool? AllowUnknownUsers { get; set; }

    /// <summary>The rules in force for these settings under this security mode.</summary>
    public static ReportingRules Resolve(ReportingOptions options, SecurityPolicy security)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(security);
        return new ReportingRules(options.AllowUnknownUsers ?? security.UnknownUsersMayReportByDefault);
    }
}
