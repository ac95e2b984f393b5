using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

internal sealed class CardVersionJsonConverter : JsonConverter<CardVersion>
{
    public override CardVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CardVersion.Parse(reader.GetString() ?? throw new JsonException("A card version is a string such as \"1.2\"."));

    public override void Write(Utf8JsonWriter writer, CardVersion value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
