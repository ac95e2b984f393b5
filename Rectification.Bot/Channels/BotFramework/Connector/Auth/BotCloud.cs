namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>
/// The SDK's outbound defaults per cloud (AuthenticationConstants / GovernmentAuthenticationConstants).
/// A ChannelService naming neither cloud is a private cloud: its login URL and scope must be configured.
/// </summary>
internal sealed record BotCloud(string? LoginPrefix, string? DefaultTenant, string? DefaultScope, string ChannelService)
{
    public const string UsGovChannelService = "https://botframework.azure.us";

    public static readonly BotCloud Public = new(
        "https://login.microsoftonline.com/", "botframework.com", "https://api.botframework.com", "");

    public static readonly BotCloud UsGov = new(
        "https://login.microsoftonline.us/", "MicrosoftServices.onmicrosoft.us", "https://api.botframework.us", UsGovChannelService);

    public static BotCloud For(string? channelService)
    {
        if (string.IsNullOrWhiteSpace(channelService))
        {
            return Public;
        }

        var normalized = channelService.Trim().TrimEnd('/');
        return string.Equals(normalized, UsGovChannelService, StringComparison.OrdinalIgnoreCase)
            ? UsGov
            : new BotCloud(null, null, null, normalized);
    }

    public string RequireDefaultLoginUrl() => LoginPrefix is not null && DefaultTenant is not null
        ? LoginPrefix + DefaultTenant
        : throw OutboundAuthSettings.Misconfigured($"ChannelService '{ChannelService}' needs ToChannelFromBotLoginUrl.");

    public string RequireScope() => DefaultScope
        ?? throw OutboundAuthSettings.Misconfigured($"ChannelService '{ChannelService}' needs ToChannelFromBotOAuthScope.");
}
