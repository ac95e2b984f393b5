using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Invokes;

/// <summary>
/// The bodies Teams expects back from an adaptiveCard/action invoke: always HTTP 200 with
/// <c>{statusCode, type, value}</c>, except refused requests, which the SDK answers with HTTP 400 and the same shape.
/// </summary>
internal static class CardActionResponses
{
    public const string CardType = Attachment.AdaptiveCardContentType;
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static bool HasCard(Activity activity) => CardOf(activity) is not null;

    /// <summary>The card of <paramref name="main"/>, else its text, else an empty message (the press did happen).</summary>
    public static InvokeResponse From(Activity? main) =>
        main is not null && CardOf(main) is { } card
            ? Ok(CardType, card.DeepClone())
            : Ok(MessageType, JsonValue.Create(main?.Text ?? string.Empty));

    public static InvokeResponse Error(CardActionError error) => new(
        StatusCodes.Status400BadRequest,
        new JsonObject
        {
            ["statusCode"] = StatusCodes.Status400BadRequest,
            ["type"] = ErrorType,
            ["value"] = new JsonObject { ["code"] = error.Code, ["message"] = error.Message },
        });

    private static InvokeResponse Ok(string type, JsonNode value) => new(
        StatusCodes.Status200OK,
        new JsonObject { ["statusCode"] = StatusCodes.Status200OK, ["type"] = type, ["value"] = value });

    private static JsonNode? CardOf(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content;
}
