using Rectification.Bot.Channels.BotFramework.Authentication;

namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>
/// The SDK's outbound defaults per cloud (AuthenticationConstants / GovernmentAuthenticationConstants).
/// A ChannelService naming neither cloud is a private cloud: its login URL and scope must be configured.
/// </summary>
internal sealed record BotCloud(string? LoginPrefix, string? DefaultTenant, string? DefaultScope, string ChannelService)
{
    public static readonly BotCloud Public = new(
        "https://login.microsoftonline.com/", "botframework.com", "https://api.botframework.com", "");

    public static readonly BotCloud UsGov = new(
        "https://login.microsoftonline.us/", "MicrosoftServices.onmicrosoft.us", "https://api.botframework.us",
        BotFrameworkCloud.UsGovernmentChannelService);

    /// <summary>Which cloud a ChannelService names is decided in one place, shared with inbound authentication.</summary>
    public static BotCloud For(string? channelService)
    {
        var cloud = BotFrameworkCloud.ForChannelService(channelService);
        if (cloud == BotFrameworkCloud.Public)
        {
            return Public;
        }

        return cloud == BotFrameworkCloud.UsGovernment ? UsGov : new BotCloud(null, null, null, channelService!.Trim());
    }

    public string RequireDefaultLoginUrl() => LoginPrefix is not null && DefaultTenant is not null
        ? LoginPrefix + DefaultTenant
        : throw OutboundAuthSettings.Misconfigured($"ChannelService '{ChannelService}' needs ToChannelFromBotLoginUrl.");

    public string RequireScope() => DefaultScope
        ?? throw OutboundAuthSettings.Misconfigured($"ChannelService '{ChannelService}' needs ToChannelFromBotOAuthScope.");
}
