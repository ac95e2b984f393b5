namespace Rectification.Bot.Channels.BotFramework.Schema;

/// <summary>The SDK's rules for building an answer to, or a reference from, an inbound activity.</summary>
public static class ActivityExtensions
{
    /// <summary>A message answering <paramref name="inbound"/>: same conversation, from and recipient swapped.</summary>
    public static Activity CreateReply(this Activity inbound, string? text = null)
    {
        var isUpdateOnWebChat = inbound.Type == ActivityTypes.ConversationUpdate
            && inbound.ChannelId is "directline" or "webchat";
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
            Conversation = inbound.Conversation,
            From = inbound.Recipient,
            Recipient = inbound.From,
            ReplyToId = isUpdateOnWebChat ? null : inbound.Id,
            Locale = inbound.Locale,
            Text = text,
        };
    }

    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.Type == ActivityTypes.ConversationUpdate && activity.ChannelId is "directline" or "webchat"
            ? null
            : activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        Locale = activity.Locale,
        ServiceUrl = activity.ServiceUrl,
    };

    /// <summary>A fresh activity addressed to a stored conversation, as a proactive send builds it.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        activity.Locale ??= reference.Locale;
        return activity;
    }
}
