using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rectification.Bot.Conversation.Messages;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>The core's message and stored conversation for what a person did in a Telegram chat.</summary>
internal static class TelegramInbound
{
    public static ConversationAddress Address(Chat chat) =>
        new(TelegramChannel.Name, TelegramChannel.Name, ChatKey(chat.Id), chat.Type == ChatType.Private);

    public static string ChatKey(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    public static ChannelUser User(User from) =>
        new(IdentityRealms.Telegram, from.Id.ToString(CultureInfo.InvariantCulture), DisplayName(from), from.Username);

    public static InboundMessage Message(
        Chat chat, User from, int updateId, string? text, JsonObject? value = null, InboundKind kind = InboundKind.Message, IReadOnlyList<InboundFile>? files = null) => new()
    {
        Conversation = Address(chat),
        From = User(from),
        Kind = kind,
        Id = updateId.ToString(CultureInfo.InvariantCulture),
        Text = text,
        Value = value,
        Locale = from.LanguageCode,
        Files = files ?? [],
    };

    /// <summary>The prefix of a Telegram file's reference: the evidence kept is its file id, which the bot can fetch again.</summary>
    public const string FileReferencePrefix = "telegram:file/";

    /// <summary>
    /// The file a message carries: a document (its name, MIME type and size as Telegram reports them) or a photo (the
    /// largest size, a JPEG, which Telegram gives no name). The reference is the file id.
    /// </summary>
    public static IReadOnlyList<InboundFile> Files(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Document is { } document)
        {
            return [new InboundFile(document.FileName ?? string.Empty, document.MimeType, FileReferencePrefix + document.FileId, document.FileSize)];
        }

        return message.Photo is { Length: > 0 } sizes && sizes.MaxBy(p => (long)p.Width * p.Height) is { } photo
            ? [new InboundFile(string.Empty, "image/jpeg", FileReferencePrefix + photo.FileId, photo.FileSize)]
            : [];
    }

    /// <summary>What the bot needs to write to the chat again: its id (a person's private chat has the person's id).</summary>
    public static StoredConversation Stored(InboundMessage inbound, long chatId) => new(
        inbound.Conversation,
        inbound.From.Id,
        inbound.From.AlternateId,
        inbound.From.Name,
        inbound.Locale,
        JsonSerializer.Serialize(new TelegramConversationData(chatId), TelegramConversationData.Json));

    private static string DisplayName(User from) =>
        string.IsNullOrWhiteSpace(from.LastName) ? from.FirstName : $"{from.FirstName} {from.LastName}";
}

/// <summary>The channel data of a stored Telegram conversation.</summary>
internal sealed record TelegramConversationData(long ChatId)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The chat of a stored conversation: from its channel data, else its conversation id (the same number).</summary>
    public static long ChatIdOf(StoredConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        try
        {
            if (JsonSerializer.Deserialize<TelegramConversationData>(conversation.ChannelData, Json) is { ChatId: not 0 } data)
            {
                return data.ChatId;
            }
        }
        catch (JsonException)
        {
            // An empty or foreign channel data: the conversation id says the same.
        }

        return long.Parse(conversation.Address.ConversationId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }
}
