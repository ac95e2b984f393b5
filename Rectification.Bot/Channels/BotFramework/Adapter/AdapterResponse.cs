using System.Text.Json.Nodes;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>What the HTTP layer answers the channel: a status and, for invokes and expectReplies, a JSON body.</summary>
internal sealed record AdapterResponse(int Status, JsonNode? Body = null)
{
    public static AdapterResponse Ok { get; } = new(StatusCodes.Status200OK);

    public static AdapterResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);
}
