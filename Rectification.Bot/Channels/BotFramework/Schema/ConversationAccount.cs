using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Channels.BotFramework.Schema;

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }

    /// <summary>Teams: personal, groupChat or channel.</summary>
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
