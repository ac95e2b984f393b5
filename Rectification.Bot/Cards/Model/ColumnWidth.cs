using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>A column's width: "auto" (fit content), "stretch" (share what is left), a relative weight, or pixels (1.1).</summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int amount, bool pixels)
    {
        Keyword = keyword;
        Amount = amount;
        IsPixels = pixels;
    }

    public static ColumnWidth Auto { get; } = new("auto", 0, false);

    public static ColumnWidth Stretch { get; } = new("stretch", 0, false);

    internal string? Keyword { get; }

    internal int Amount { get; }

    internal bool IsPixels { get; }

    public static ColumnWidth Weight(int weight) => new(null, Positive(weight), false);

    public static ColumnWidth Pixels(int pixels) => new(null, Positive(pixels), true);

    public override string ToString() =>
        Keyword ?? (IsPixels ? string.Create(CultureInfo.InvariantCulture, $"{Amount}px") : Amount.ToString(CultureInfo.InvariantCulture));

    private static int Positive(int value) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A column width is positive.");
}

internal sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    /// <summary>Read back when a card waits in the outbox: a weight, "auto", "stretch" or "Npx".</summary>
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Weight(reader.GetInt32());
        }

        var text = reader.GetString();
        return text switch
        {
            "auto" => ColumnWidth.Auto,
            "stretch" => ColumnWidth.Stretch,
            _ when text is not null && text.EndsWith("px", StringComparison.Ordinal)
                && int.TryParse(text[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) => ColumnWidth.Pixels(pixels),
            _ when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) => ColumnWidth.Weight(weight),
            _ => throw new JsonException($"'{text}' is not a column width."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is null && !value.IsPixels)
        {
            writer.WriteNumberValue(value.Amount);
            return;
        }

        writer.WriteStringValue(value.ToString());
    }
}
