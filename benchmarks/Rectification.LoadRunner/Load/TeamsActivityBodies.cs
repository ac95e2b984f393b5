using System.Globalization;
using System.Text.Json;

namespace Rectification.LoadRunner.Load;

/// <summary>
/// The JSON a Teams personal chat posts to /api/messages, asking for the replies in the HTTP answer (expectReplies).
/// channelId msteams makes the bot build and attach a real Adaptive Card. Each body has its own activity id (unique
/// across runs through the run's prefix) and comes from one of <see cref="ConversationCount"/> users and conversations.
/// </summary>
public static class TeamsActivityBodies
{
    public const int ConversationCount = 1000;

    /// <summary>Where the activity id goes in <see cref="Template"/>; wrk's Lua script fills the same placeholders.</summary>
    public const string IdPlaceholder = "@ID@";

    /// <summary>Where the user and conversation number goes in <see cref="Template"/>.</summary>
    public const string ConversationPlaceholder = "@N@";

    /// <summary>A body with placeholders, so a generator only substitutes two strings per request.</summary>
    public static string Template(string text)
    {
        var quotedText = JsonSerializer.Serialize(text, JsonOptions);
        return "{\"type\":\"message\",\"id\":\"" + IdPlaceholder + "\",\"channelId\":\"msteams\","
            + "\"serviceUrl\":\"https://smba.trafficmanager.net/amer/\","
            + "\"timestamp\":\"2024-06-18T06:30:00.000Z\","
            + "\"from\":{\"id\":\"29:load-user-" + ConversationPlaceholder + "\",\"name\":\"Load User " + ConversationPlaceholder + "\"},"
            + "\"recipient\":{\"id\":\"28:rectification-bot\",\"name\":\"Rectification Bot\"},"
            + "\"conversation\":{\"id\":\"a:load-conversation-" + ConversationPlaceholder + "\",\"conversationType\":\"personal\",\"tenantId\":\"load-tenant\"},"
            + "\"channelData\":{\"tenant\":{\"id\":\"load-tenant\"}},"
            + "\"text\":" + quotedText + ",\"textFormat\":\"plain\",\"deliveryMode\":\"expectReplies\"}";
    }

    public static string Body(string template, string activityId, long sequence) =>
        template
            .Replace(IdPlaceholder, activityId, StringComparison.Ordinal)
            .Replace(ConversationPlaceholder, (sequence % ConversationCount).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
