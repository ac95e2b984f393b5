namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The inbound-authentication settings after defaults are applied: each explicit flat key wins, an empty one takes
/// the value of the cloud named by ChannelService. Built once at start-up from <see cref="BotFrameworkOptions"/>.
/// </summary>
internal sealed record BotFrameworkAuthenticationSettings(
    string? AppId,
    string ChannelTokenIssuer,
    Uri ChannelOpenIdMetadataUrl,
    Uri EmulatorOpenIdMetadataUrl,
    string? CallerId)
{
    /// <summary>No app id: requests without a header are let through (brief 2.5).</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(AppId);

    /// <summary>Everything wrong with the options, in words fit for a start-up error; empty when usable.</summary>
    public static IReadOnlyList<string> Problems(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var cloud = BotFrameworkCloud.ForChannelService(options.ChannelService);
        if (cloud is null && !HasExplicitInboundEndpoints(options))
        {
            problems.Add(
                $"ChannelService '{options.ChannelService}' is not a built-in cloud (leave it empty for public Azure, " +
                $"or set {BotFrameworkCloud.UsGovernmentChannelService} for US Government). For another cloud set " +
                "ToBotFromChannelTokenIssuer, ToBotFromChannelOpenIdMetadataUrl and ToBotFromEmulatorOpenIdMetadataUrl.");
            return problems;
        }

        AddUrlProblem(problems, nameof(options.ToBotFromChannelOpenIdMetadataUrl),
            Effective(options.ToBotFromChannelOpenIdMetadataUrl, cloud?.ToBotFromChannelOpenIdMetadataUrl));
        AddUrlProblem(problems, nameof(options.ToBotFromEmulatorOpenIdMetadataUrl),
            Effective(options.ToBotFromEmulatorOpenIdMetadataUrl, cloud?.ToBotFromEmulatorOpenIdMetadataUrl));
        return problems;
    }

    /// <summary>Applies the defaults. Call only with options that have no <see cref="Problems"/>.</summary>
    public static BotFrameworkAuthenticationSettings Resolve(BotFrameworkOptions options)
    {
        var problems = Problems(options);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        var cloud = BotFrameworkCloud.ForChannelService(options.ChannelService);
        return new BotFrameworkAuthenticationSettings(
            AppId: string.IsNullOrWhiteSpace(options.MicrosoftAppId) ? null : options.MicrosoftAppId,
            ChannelTokenIssuer: Effective(options.ToBotFromChannelTokenIssuer, cloud?.ToBotFromChannelTokenIssuer),
            ChannelOpenIdMetadataUrl: new Uri(
                Effective(options.ToBotFromChannelOpenIdMetadataUrl, cloud?.ToBotFromChannelOpenIdMetadataUrl)),
            EmulatorOpenIdMetadataUrl: new Uri(
                Effective(options.ToBotFromEmulatorOpenIdMetadataUrl, cloud?.ToBotFromEmulatorOpenIdMetadataUrl)),
            CallerId: string.IsNullOrWhiteSpace(options.CallerId) ? cloud?.CallerId : options.CallerId);
    }

    private static bool HasExplicitInboundEndpoints(BotFrameworkOptions options) =>
        !string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer)
        && !string.IsNullOrWhiteSpace(options.ToBotFromChannelOpenIdMetadataUrl)
        && !string.IsNullOrWhiteSpace(options.ToBotFromEmulatorOpenIdMetadataUrl);

    // Validation guarantees a value: explicit keys are required exactly when there is no cloud default.
    private static string Effective(string? configured, string? cloudDefault) =>
        string.IsNullOrWhiteSpace(configured) ? cloudDefault ?? string.Empty : configured.Trim();

    private static void AddUrlProblem(List<string> problems, string settingName, string value)
    {
        if (LoopbackOrHttpsUrl.Problem(settingName, value) is { } problem)
        {
            problems.Add(problem);
        }
    }
}
