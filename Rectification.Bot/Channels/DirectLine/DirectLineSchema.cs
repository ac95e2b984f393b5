using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 wire format, as far as Web Chat and botframework-directlinejs use it. Members the model does
/// not name are kept in <c>ExtensionData</c>, so what a client sends (its channelData, entities) comes back intact.
/// </summary>
public sealed class DirectLineActivity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Timestamp { get; set; }
    public string? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ChannelId { get; set; }
    public DirectLineAccount? From { get; set; }
    public DirectLineConversationAccount? Conversation { get; set; }
    public DirectLineAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Summary { get; set; }
    public string? InputHint { get; set; }
    public DirectLineSuggestedActions? SuggestedActions { get; set; }
    public List<DirectLineAttachment>? Attachments { get; set; }
    public string? ReplyToId { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public JsonNode? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class DirectLineAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>user or bot: Web Chat shows a user's activity on its side by this.</summary>
    public string? Role { get; set; }
}

public sealed class DirectLineConversationAccount
{
    public string? Id { get; set; }
}

public sealed class DirectLineAttachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }
}

public sealed class DirectLineSuggestedActions
{
    public List<string>? To { get; set; }
    public List<DirectLineCardAction> Actions { get; set; } = [];
}

public sealed class DirectLineCardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public JsonNode? Value { get; set; }
}

/// <summary>A page of a conversation's activities and the watermark to ask from next.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<DirectLineActivity> Activities, string Watermark);

/// <summary>A conversation (or a token for one) as Direct Line answers it.</summary>
public sealed record DirectLineConversation
{
    public required string ConversationId { get; init; }
    public string? Token { get; init; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    public string? StreamUrl { get; init; }
}

/// <summary>The body of tokens/generate: the user the token is for.</summary>
public sealed record DirectLineTokenParameters(DirectLineAccount? User);

public sealed record DirectLineResourceResponse(string Id);

public sealed record DirectLineError(DirectLineErrorDetail Error);

public sealed record DirectLineErrorDetail(string Code, string Message);

/// <summary>Direct Line's JSON: camelCase, no null members, Chinese kept readable.</summary>
public static class DirectLineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
