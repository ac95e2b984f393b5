using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>Activities shaped as Teams posts them (normal delivery: answers go to the Connector).</summary>
internal static class TeamsActivities
{
    public static Activity Message(string serviceUrl, string conversationId, string text, string userId = "29:user-1", string conversationType = "personal") =>
        Base(ActivityTypes.Message, serviceUrl, conversationId, userId, conversationType, activity => activity.Text = text);

    public static Activity InstallationUpdate(string serviceUrl, string conversationId, string action, string conversationType = "personal") =>
        Base(ActivityTypes.InstallationUpdate, serviceUrl, conversationId, "29:user-1", conversationType, activity => activity.Action = action);

    public static Activity MembersAdded(string serviceUrl, string conversationId, params string[] memberIds) =>
        Base(ActivityTypes.ConversationUpdate, serviceUrl, conversationId, "29:user-1", "personal",
            activity => activity.MembersAdded = [.. memberIds.Select(id => new ChannelAccount { Id = id })]);

    public static Activity Execute(string serviceUrl, string conversationId, JsonObject action) =>
        Base(ActivityTypes.Invoke, serviceUrl, conversationId, "29:user-1", "personal", activity =>
        {
            activity.Name = "adaptiveCard/action";
            activity.Value = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        });

    private static Activity Base(string type, string serviceUrl, string conversationId, string userId, string conversationType, Action<Activity> change)
    {
        var activity = new Activity
        {
            Type = type,
            Id = "1:" + Guid.NewGuid().ToString("N"),
            ChannelId = "msteams",
            ServiceUrl = serviceUrl,
            Timestamp = DateTime.UtcNow.ToString("O"),
            From = new ChannelAccount { Id = userId, Name = "Li Wei", AadObjectId = "aad-" + userId },
            Recipient = new ChannelAccount { Id = TeamsBotHost.BotId, Name = "Rectification Bot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, IsGroup = conversationType != "personal" },
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsBotHost.TenantId } },
            Locale = "zh-CN",
        };
        change(activity);
        return activity;
    }

    public static string NewConversationId(string kind = "a") => $"{kind}:{Guid.NewGuid():N}";
}
