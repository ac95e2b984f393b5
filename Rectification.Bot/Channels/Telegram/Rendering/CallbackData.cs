using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rectification.Bot.Cards;

namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// A button's data in Telegram's callback_data, which holds at most 64 bytes. Our own submit data is written
/// compactly ("status|14|zh", "text|||列出整改中的问题"); other data as its JSON; data that still does not fit is kept
/// in the database and the button carries its key ("#…", see <see cref="TelegramCallbackData"/>).
/// </summary>
internal static class CallbackData
{
    public const int MaxBytes = 64;

    public const char StoredPrefix = '#';

    private const char Separator = '|';

    /// <summary>The callback data carrying the data itself, or null when it does not fit in 64 bytes.</summary>
    public static string? TryEncodeInline(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var encoded = Compact(data) ?? data.ToJsonString();
        return Encoding.UTF8.GetByteCount(encoded) <= MaxBytes ? encoded : null;
    }

    public static string Stored(string key) => StoredPrefix + key;

    /// <summary>The key of data kept in the database, when the callback data is one.</summary>
    public static string? StoredKey(string callbackData) =>
        callbackData.Length > 1 && callbackData[0] == StoredPrefix ? callbackData[1..] : null;

    /// <summary>Reads inline callback data back; null for data that is not ours (another bot's, an old format).</summary>
    public static JsonObject? DecodeInline(string callbackData)
    {
        ArgumentNullException.ThrowIfNull(callbackData);
        if (callbackData.StartsWith('{'))
        {
            try
            {
                return JsonNode.Parse(callbackData) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var parts = callbackData.Split(Separator, 4);
        if (parts[0].Length == 0)
        {
            return null;
        }

        int? finding = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
        var data = new CardSubmitData(parts[0], finding, parts.Length > 3 ? parts[3] : null).ToJson();
        if (parts.Length > 2 && parts[2].Length > 0)
        {
            data[CardLanguage.DataMember] = parts[2];
        }

        return data;
    }

    /// <summary>
    /// "intent|finding|lang|text", the empty fields at the end left out ("status|14|zh"), when the data is exactly one
    /// of our submit data with its card's language (nothing else in it), else null.
    /// </summary>
    private static string? Compact(JsonObject data)
    {
        if (CardSubmitData.TryRead(data) is not { } submit
            || submit.Intent.Contains(Separator, StringComparison.Ordinal)
            || submit.Intent.StartsWith('{') || submit.Intent.StartsWith(StoredPrefix))
        {
            return null;
        }

        var expected = submit.ToJson();
        var language = data[CardLanguage.DataMember] is JsonValue value && value.TryGetValue<string>(out var code) ? code : string.Empty;
        if (language.Length > 0)
        {
            expected[CardLanguage.DataMember] = language;
        }

        if (!JsonNode.DeepEquals(expected, data) || language.Contains(Separator, StringComparison.Ordinal))
        {
            return null;
        }

        var fields = new[] { submit.Intent, submit.Finding?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, language, submit.Text ?? string.Empty };
        var used = submit.Text is not null ? 4 : language.Length > 0 ? 3 : submit.Finding is not null ? 2 : 1;
        return string.Join(Separator, fields.Take(used));
    }
}
