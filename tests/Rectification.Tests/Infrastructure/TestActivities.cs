using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Tests.Infrastructure;

/// <summary>Activities as a channel would post them.</summary>
public static class TestActivities
{
    public static Activity Message(string? text, string userId = "user-1", string? locale = null, string deliveryMode = DeliveryModes.ExpectReplies) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount { Id = userId, Name = "Test User" },
        Recipient = new ChannelAccount { Id = "bot", Name = "Rectification Bot" },
        Conversation = new ConversationAccount { Id = "conversation-" + userId },
        Locale = locale,
        Text = text,
        DeliveryMode = deliveryMode,
    };

    public static Activity CardSubmit(JsonObject value, string userId = "user-1", string? locale = null)
    {
        var activity = Message(null, userId, locale);
        activity.Value = value;
        return activity;
    }
}
