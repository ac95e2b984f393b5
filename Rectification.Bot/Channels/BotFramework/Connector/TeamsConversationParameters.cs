using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>Bodies of POST /v3/conversations as Teams expects them (brief 4.5).</summary>
public static class TeamsConversationParameters
{
    /// <summary>
    /// A 1:1 chat between the bot (<c>28:&lt;appId&gt;</c>) and a user (<c>29:...</c>) of <paramref name="tenantId"/>,
    /// for proactive messages. Teams wants the tenant both as <c>tenantId</c> and as <c>channelData.tenant.id</c>.
    /// </summary>
    public static ConversationParameters PersonalChat(
        ChannelAccount bot, ChannelAccount user, string tenantId, Activity? firstActivity = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [user],
            TenantId = tenantId,
            Activity = firstActivity,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
    }
}
