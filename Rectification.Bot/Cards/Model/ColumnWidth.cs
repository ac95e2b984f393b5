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
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Cards are built in code, never read back.");

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
