using System.Text.Json;
using Rectification.Bot.Cards.Serialization;

namespace Rectification.Bot.Conversation.Messages;

/// <summary>
/// The stored form of messages and conversations waiting in the outbox: camelCase JSON, cards as the Adaptive Card
/// JSON their schema defines (so a stored card reads like any other), read back into the same typed values.
/// </summary>
public static class MessageJson
{
    public static string Serialize(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Serialize(message, CardSerializer.Options);
    }

    public static string Serialize(StoredConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return JsonSerializer.Serialize(conversation, CardSerializer.Options);
    }

    /// <exception cref="JsonException">The text is not a stored message.</exception>
    public static OutboundMessage ReadMessage(string json) =>
        JsonSerializer.Deserialize<OutboundMessage>(json, CardSerializer.Options) ?? throw new JsonException("The stored message is empty.");

    /// <exception cref="JsonException">The text is not a stored conversation.</exception>
    public static StoredConversation ReadConversation(string json) =>
        JsonSerializer.Deserialize<StoredConversation>(json, CardSerializer.Options) ?? throw new JsonException("The stored conversation is empty.");
}
