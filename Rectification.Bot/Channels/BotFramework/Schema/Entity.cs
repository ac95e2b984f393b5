using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Channels.BotFramework.Schema;

/// <summary>
/// An entity attached to an activity (mention, clientInfo, …). Only <see cref="Type"/> is common to all;
/// the rest stays as JSON so unknown entity types pass through untouched.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
