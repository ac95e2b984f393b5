using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>An action's fallback (1.2): another action, or "drop" to hide the button on hosts that lack it.</summary>
[JsonConverter(typeof(ActionFallbackJsonConverter))]
public sealed class ActionFallback
{
    private ActionFallback(CardAction? action) => Action = action;

    public static ActionFallback Drop { get; } = new(null);

    /// <summary>The replacement action; null means "drop".</summary>
    public CardAction? Action { get; }

    public static ActionFallback To(CardAction action) => new(action ?? throw new ArgumentNullException(nameof(action)));
}

internal sealed class ActionFallbackJsonConverter : JsonConverter<ActionFallback>
{
    /// <summary>Read back when a card waits in the outbox: "drop" or an action.</summary>
    public override ActionFallback Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() == "drop"
            ? ActionFallback.Drop
            : ActionFallback.To(JsonSerializer.Deserialize<CardAction>(ref reader, options) ?? throw new JsonException("A fallback action is empty."));

    public override void Write(Utf8JsonWriter writer, ActionFallback value, JsonSerializerOptions options)
    {
        if (value.Action is null)
        {
            writer.WriteStringValue("drop");
            return;
        }

        JsonSerializer.Serialize(writer, value.Action, options);
    }
}
