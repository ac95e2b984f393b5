namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The inbound-authentication defaults of a cloud the SDK has built in, chosen by the <c>ChannelService</c>
/// setting exactly as ConfigurationBotFrameworkAuthentication does: empty for the public cloud,
/// <see cref="UsGovernmentChannelService"/> for the US Government cloud. Values from the brief, 2.3 and 2.4.
/// </summary>
public sealed record BotFrameworkCloud(
    string Name,
    string ToBotFromChannelTokenIssuer,
    string ToBotFromChannelOpenIdMetadataUrl,
    string ToBotFromEmulatorOpenIdMetadataUrl,
    string CallerId)
{
    public const string UsGovernmentChannelService = "https://botframework.azure.us";

    public static BotFrameworkCloud Public { get; } = new(
        "public Azure",
        "https://api.botframework.com",
        "https://login.botframework.com/v1/.well-known/openidconfiguration",
        "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
        "urn:botframework:azure");

    public static BotFrameworkCloud UsGovernment { get; } = new(
        "US Government Azure",
        "https://api.botframework.us",
        "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration",
        "urn:botframework:azureusgov");

    /// <summary>The built-in cloud for a ChannelService value, or null for a value no built-in cloud answers to.</summary>
    public static BotFrameworkCloud? ForChannelService(string? channelService)
    {
        if (string.IsNullOrWhiteSpace(channelService))
        {
            return Public;
        }

        // The SDK compares exactly; a trailing slash or capitals in a hand-written setting should not change the cloud.
        var normalized = channelService.Trim().TrimEnd('/');
        return string.Equals(normalized, UsGovernmentChannelService, StringComparison.OrdinalIgnoreCase)
            ? UsGovernment
            : null;
    }
}
