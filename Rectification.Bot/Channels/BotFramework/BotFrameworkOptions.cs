namespace Rectification.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Framework settings, under the SDK's own flat configuration keys (as
/// ConfigurationBotFrameworkAuthentication reads them), so an existing deployment's settings carry over.
/// Empty URLs mean the public-cloud (or, with <see cref="ChannelService"/> set to the US Government
/// channel service, the government-cloud) defaults.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>SingleTenant (default), MultiTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? ChannelService { get; set; }
    public bool ValidateAuthority { get; set; } = true;
    public string? ToChannelFromBotLoginUrl { get; set; }
    public string? ToChannelFromBotOAuthScope { get; set; }
    public string? ToBotFromChannelTokenIssuer { get; set; }
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }
    public string? CallerId { get; set; }

    /// <summary>Authentication is off when no app id is configured (the SDK's local/Emulator mode).</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
