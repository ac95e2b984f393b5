using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Messages;

/// <summary>
/// The stored form of a Bot Framework conversation: the core's columns, and the conversation reference (serviceUrl,
/// bot, tenant) as this channel's own data, which only this channel reads back.
/// </summary>
internal static class BotFrameworkConversations
{
    /// <summary>Null when the activity cannot be answered later (no serviceUrl, conversation or channel).</summary>
    public static StoredConversation? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is { ServiceUrl.Length: > 0, ChannelId.Length: > 0, Conversation.Id.Length: > 0 }
            ? From(activity.GetConversationReference(), BotFrameworkInbound.Address(activity))
            : null;
    }

    public static StoredConversation From(ConversationReference reference, ConversationAddress address)
    {
        ArgumentNullException.ThrowIfNull(reference);
        // Without the id of the message that carried it: a proactive message starts a new post, and the stored
        // reference then changes only when the conversation does.
        var data = ActivitySerializer.Serialize(new ConversationReference
        {
            User = reference.User,
            Bot = reference.Bot,
            Conversation = reference.Conversation,
            ChannelId = reference.ChannelId,
            Locale = reference.Locale,
            ServiceUrl = reference.ServiceUrl,
            ExtensionData = reference.ExtensionData,
        });
        return new StoredConversation(address, reference.User?.Id, reference.User?.AadObjectId, reference.User?.Name, reference.Locale, data);
    }

    /// <exception cref="Conversation.Proactive.ProactiveDeliveryException">The stored data is not a reference this channel can use.</exception>
    public static ConversationReference Reference(StoredConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var reference = ActivitySerializer.Deserialize<ConversationReference>(conversation.ChannelData);
        return reference is { ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 }
            ? reference
            : throw new Conversation.Proactive.ProactiveDeliveryException(
                Conversation.Proactive.ProactiveFailure.Refused, "The stored conversation has no serviceUrl or conversation id to send to.");
    }
}
