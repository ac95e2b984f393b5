using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Invokes;

/// <summary>What an adaptiveCard/action invoke asks, checked as the SDK checks it (ActivityHandler.GetAdaptiveCardInvokeValue).</summary>
internal static class ExecuteInvoke
{
    public const string ExecuteActionType = "Action.Execute";

    public static (JsonObject? Data, CardActionError? Error) Read(JsonNode? value)
    {
        if (value is null)
        {
            return (null, CardActionError.BadRequest("Missing value property"));
        }

        if (value is not JsonObject invoke || invoke["action"] is not { } actionNode)
        {
            return (null, CardActionError.BadRequest(value is JsonObject ? "Missing action property" : "Value property is not properly formed"));
        }

        if (actionNode is not JsonObject action || action["type"] is not JsonValue typeValue || !typeValue.TryGetValue<string>(out var type))
        {
            return (null, CardActionError.BadRequest("Value property is not properly formed"));
        }

        return type == ExecuteActionType
            ? (DataOf(action), null)
            : (null, CardActionError.NotSupported($"The action '{type}' is not supported."));
    }

    /// <summary>The action's data (inputs merged in by the host); its verb becomes the intent when the data has none.</summary>
    private static JsonObject DataOf(JsonObject action)
    {
        var data = action["data"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        var hasIntent = data["intent"] is JsonValue intent && intent.TryGetValue<string>(out var named) && !string.IsNullOrWhiteSpace(named);
        if (!hasIntent && action["verb"] is JsonValue verbValue && verbValue.TryGetValue<string>(out var verb) && !string.IsNullOrWhiteSpace(verb))
        {
            data["intent"] = verb;
        }

        return data;
    }
}

/// <summary>An invoke the bot will not run: the code (BadRequest, NotSupported) and a message, as the SDK words them.</summary>
internal sealed record CardActionError(string Code, string Message)
{
    public static CardActionError BadRequest(string message) => new("BadRequest", message);

    public static CardActionError NotSupported(string message) => new("NotSupported", message);
}
