using System.Text.Json.Nodes;

namespace Rectification.Tests.Fakes;

/// <summary>Updates as Telegram sends them (to the webhook or from getUpdates), for the tests to deliver.</summary>
public static class FakeTelegramUpdates
{
    public const long PrivateChatId = 7001;

    public static JsonObject Message(int updateId, string text, long chatId = PrivateChatId, string languageCode = "zh-hans", long fromId = PrivateChatId, string chatType = "private") => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = updateId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = Chat(chatId, chatType),
            ["from"] = Person(fromId, languageCode),
            ["text"] = text,
        },
    };

    /// <summary>A document sent in the private chat, with an optional caption, as Telegram describes it (no content: the bot gets its file id).</summary>
    public static JsonObject Document(int updateId, string? caption, string fileId, string fileName, string mimeType, long size, long chatId, string languageCode = "zh-hans") =>
        WithFile(Message(updateId, caption ?? string.Empty, chatId, languageCode, chatId), "document", new JsonObject
        {
            ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = fileName, ["mime_type"] = mimeType, ["file_size"] = size,
        });

    /// <summary>A photo in the sizes Telegram keeps of it, the largest last.</summary>
    public static JsonObject Photo(int updateId, string? caption, string largestFileId, long chatId, string languageCode = "zh-hans") =>
        WithFile(Message(updateId, caption ?? string.Empty, chatId, languageCode, chatId), "photo", new JsonArray(
            new JsonObject { ["file_id"] = "thumb-" + largestFileId, ["file_unique_id"] = "t", ["width"] = 90, ["height"] = 67, ["file_size"] = 1200 },
            new JsonObject { ["file_id"] = largestFileId, ["file_unique_id"] = "l", ["width"] = 1280, ["height"] = 960, ["file_size"] = 181_000 }));

    private static JsonObject WithFile(JsonObject update, string field, JsonNode file)
    {
        var message = update["message"]!.AsObject();
        var caption = message["text"]!.GetValue<string>();
        message.Remove("text");
        if (caption.Length > 0)
        {
            message["caption"] = caption;
        }

        message[field] = file;
        return update;
    }

    /// <summary>A press of an inline button under the bot's message <paramref name="messageId"/>.</summary>
    public static JsonObject CallbackQuery(int updateId, string data, int messageId, long chatId = PrivateChatId, string languageCode = "zh-hans") => new()
    {
        ["update_id"] = updateId,
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cbq-{updateId}",
            ["from"] = Person(chatId, languageCode),
            ["chat_instance"] = "instance-1",
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = Chat(chatId, chatId < 0 ? "group" : "private"),
                ["from"] = new JsonObject { ["id"] = FakeTelegramBotApi.BotId, ["is_bot"] = true, ["first_name"] = "巡察整改助手", ["username"] = FakeTelegramBotApi.BotUsername },
                ["text"] = "…",
            },
        },
    };

    /// <summary>The bot's own membership of a chat changed (blocked: kicked in a private chat; added: member in a group).</summary>
    public static JsonObject MyChatMember(int updateId, long chatId, string chatType, string oldStatus, string newStatus) => new()
    {
        ["update_id"] = updateId,
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = Chat(chatId, chatType),
            ["from"] = Person(PrivateChatId, "zh-hans"),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["old_chat_member"] = Member(oldStatus),
            ["new_chat_member"] = Member(newStatus),
        },
    };

    private static JsonObject Chat(long chatId, string type) =>
        type == "private"
            ? new JsonObject { ["id"] = chatId, ["type"] = type, ["first_name"] = "李", ["last_name"] = "明", ["username"] = "liming" }
            : new JsonObject { ["id"] = chatId, ["type"] = type, ["title"] = "整改工作群" };

    private static JsonObject Person(long id, string languageCode) => new()
    {
        ["id"] = id, ["is_bot"] = false, ["first_name"] = "李", ["last_name"] = "明", ["username"] = "liming", ["language_code"] = languageCode,
    };

    private static JsonObject Member(string status)
    {
        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = new JsonObject { ["id"] = FakeTelegramBotApi.BotId, ["is_bot"] = true, ["first_name"] = "巡察整改助手", ["username"] = FakeTelegramBotApi.BotUsername },
        };
        if (status == "kicked")
        {
            member["until_date"] = 0;
        }

        return member;
    }
}
