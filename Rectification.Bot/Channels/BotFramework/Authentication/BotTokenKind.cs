using Microsoft.IdentityModel.JsonWebTokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>Which validator a token goes to, chosen from its unverified claims as the SDK does (brief 2.2).</summary>
internal enum BotTokenKind
{
    Channel,
    Emulator,
    Skill,
}

internal static class BotTokenClassifier
{
    // A token addressed to the channel service rather than to a bot (the outbound scope of both clouds).
    private const string AnonymousSkillAppId = "AnonymousSkill";

    private static readonly string[] ChannelServiceAudiences = ["https://api.botframework.com", "https://api.botframework.us"];

    public static BotTokenKind Classify(JsonWebToken token)
    {
        if (IsSkillShaped(token))
        {
            return BotTokenKind.Skill;
        }

        return EmulatorIssuers.Issued(token) ? BotTokenKind.Emulator : BotTokenKind.Channel;
    }

    /// <summary>
    /// The SDK's skill test: the anonymous-skill app id, or a <c>ver</c> claim, an audience that is not the channel
    /// service, and a caller app id that differs from that audience, i.e. another bot calling this one.
    /// (The ASE channel of step 1 is not used by this bot.)
    /// </summary>
    private static bool IsSkillShaped(JsonWebToken token)
    {
        if (token.TryGetPayloadValue<string>(BotFrameworkClaims.AppId, out var v1AppId) && v1AppId == AnonymousSkillAppId)
        {
            return true;
        }

        var version = BotFrameworkClaims.VersionOf(token);
        var audience = token.Audiences.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(version) || string.IsNullOrWhiteSpace(audience)
            || ChannelServiceAudiences.Contains(audience, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var appId = BotFrameworkClaims.CallerAppId(token, version);
        return !string.IsNullOrWhiteSpace(appId) && !string.Equals(appId, audience, StringComparison.Ordinal);
    }
}
