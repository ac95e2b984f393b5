using System.Text.Json.Nodes;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>The core's message for what a Web Chat user posted.</summary>
internal static class DirectLineInbound
{
    /// <summary>The invoke Web Chat sends for an Action.Execute; its data is handled as a submitted card's.</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public static ConversationAddress Address(string conversationId) =>
        new(DirectLineChannel.Name, DirectLineChannel.Name, conversationId, IsPersonal: true);

    /// <summary>The core's message for a posted activity; null for what the conversation does not handle (typing, events).</summary>
    public static InboundMessage? From(DirectLineActivity activity, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var value = activity.Type switch
        {
            "message" => activity.Value as JsonObject,
            "invoke" when activity.Name == AdaptiveCardActionInvoke => ExecuteData(activity.Value),
            _ => null,
        };
        if (activity.Type is not "message" && value is null)
        {
            return null;
        }

        return new InboundMessage
        {
            Conversation = Address(conversationId),
            From = new ChannelUser(IdentityRealms.Microsoft, activity.From?.Id ?? string.Empty, activity.From?.Name),
            Id = activity.Id,
            Text = activity.Type == "message" ? activity.Text : null,
            Value = value,
            Locale = activity.Locale,
            TimeZone = activity.LocalTimezone,
            Files = [.. (activity.Attachments ?? [])
                .Where(a => a.ContentType != DirectLineAttachment.AdaptiveCardContentType && (a.ContentUrl ?? a.Name) is not null)
                .Select(a => new InboundFile(a.Name ?? string.Empty, a.ContentType, a.ContentUrl))],
        };
    }

    /// <summary>The conversation reached again for digests and reminders: its id is all Direct Line needs.</summary>
    public static StoredConversation Stored(InboundMessage inbound) =>
        new(inbound.Conversation, inbound.From.Id, inbound.From.AlternateId, inbound.From.Name, inbound.Locale, ChannelData: "{}");

    /// <summary>An Action.Execute invoke's value: { action: { type, verb, data } }.</summary>
    private static JsonObject? ExecuteData(JsonNode? value) =>
        value?["action"]?["data"] is JsonObject data ? (JsonObject)data.DeepClone() : null;
}
