using System.Text.Json.Nodes;

namespace Rectification.Bot.Channels.BotFramework.Schema;

/// <summary>Body of POST /v3/conversations.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonNode? ChannelData { get; set; }
}

/// <summary>Answer to POST /v3/conversations.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
