using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>An element's fallback (1.2): another element, or "drop" to leave it out on hosts that lack it.</summary>
[JsonConverter(typeof(ElementFallbackJsonConverter))]
public sealed class ElementFallback
{
    private ElementFallback(CardElement? element) => Element = element;

    public static ElementFallback Drop { get; } = new(null);

    /// <summary>The replacement element; null means "drop".</summary>
    public CardElement? Element { get; }

    public static ElementFallback To(CardElement element) => new(element ?? throw new ArgumentNullException(nameof(element)));
}

internal sealed class ElementFallbackJsonConverter : JsonConverter<ElementFallback>
{
    /// <summary>Read back when a card waits in the outbox: "drop" or an element.</summary>
    public override ElementFallback Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() == "drop"
            ? ElementFallback.Drop
            : ElementFallback.To(JsonSerializer.Deserialize<CardElement>(ref reader, options) ?? throw new JsonException("A fallback element is empty."));

    public override void Write(Utf8JsonWriter writer, ElementFallback value, JsonSerializerOptions options)
    {
        if (value.Element is null)
        {
            writer.WriteStringValue("drop");
            return;
        }

        JsonSerializer.Serialize(writer, value.Element, options);
    }
}
