using System.Text.Json.Nodes;

namespace Rectification.Bot.Cards;

/// <summary>
/// The data of our Action.Submit buttons, kept small (it comes back with every tap, and a Telegram button's data is
/// limited to 64 bytes). <see cref="TryRead"/> reads it back from an incoming activity's value.
/// </summary>
/// <param name="Intent">One of <see cref="CardIntents"/>.</param>
/// <param name="Finding">The finding number, for status, report and history.</param>
/// <param name="Text">The text to treat as typed, for <see cref="CardIntents.Text"/>.</param>
/// <param name="Language">The language of the card the button is on (see <see cref="CardLanguage"/>).</param>
public sealed record CardSubmitData(string Intent, int? Finding = null, string? Text = null, Localization.Language? Language = null)
{
    public static CardSubmitData ForFinding(string intent, int number) => new(intent, number);

    public static CardSubmitData TypedText(string text) => new(CardIntents.Text, Text: text);

    public JsonObject ToJson()
    {
        var data = new JsonObject { ["intent"] = Intent };
        if (Finding is { } number)
        {
            data["finding"] = number;
        }

        if (Text is not null)
        {
            data["text"] = Text;
        }

        return data;
    }

    /// <summary>
    /// Reads submitted card data; null when the value is not ours (no string "intent"). Other members, such as
    /// input values merged in by the host, are ignored.
    /// </summary>
    public static CardSubmitData? TryRead(JsonNode? value)
    {
        if (value is not JsonObject data || !TryGetString(data, "intent", out var intent))
        {
            return null;
        }

        int? finding = data["finding"] is JsonValue number && number.TryGetValue<int>(out var parsed) ? parsed : null;
        return new CardSubmitData(intent, finding, TryGetString(data, "text", out var text) ? text : null, CardLanguage.Read(data));
    }

    private static bool TryGetString(JsonObject data, string name, out string value)
    {
        value = string.Empty;
        return data[name] is JsonValue node && node.TryGetValue(out value!) && !string.IsNullOrWhiteSpace(value);
    }
}
