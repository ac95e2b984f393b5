using Rectification.Bot.Channels.BotFramework;
using Rectification.Domain.People;

namespace Rectification.Bot.Administration;

/// <summary>
/// The "Reporting" settings. <see cref="AllowUnknownUsers"/> decides whether people the bot does not know may
/// report progress; unset, they may in local mode (no MicrosoftAppId) and may not once an app id is
/// configured, i.e. once callers are authenticated and the office manages its people.
/// </summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    public bool? AllowUnknownUsers { get; set; }

    /// <summary>The rules in force for this configuration.</summary>
    public static ReportingRules Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<ReportingOptions>() ?? new ReportingOptions();
        var localMode = string.IsNullOrWhiteSpace(configuration[nameof(BotFrameworkOptions.MicrosoftAppId)]);
        return new ReportingRules(options.AllowUnknownUsers ?? localMode);
    }
}
