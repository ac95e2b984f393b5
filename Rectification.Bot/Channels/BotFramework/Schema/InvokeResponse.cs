using System.Text.Json.Nodes;

namespace Rectification.Bot.Channels.BotFramework.Schema;

/// <summary>What an invoke activity answers: the HTTP status and JSON body the channel receives.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
