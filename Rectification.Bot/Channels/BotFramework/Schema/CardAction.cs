using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Channels.BotFramework.Schema;

/// <summary>A button outside a card: suggested actions and hero-card buttons.</summary>
public sealed class CardAction
{
    /// <summary>imBack, messageBack, postBack, openUrl, …</summary>
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonNode? Value { get; set; }
    public JsonNode? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    public static CardAction ImBack(string title, string text) => new() { Type = "imBack", Title = title, Value = text };
}
