using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rectification.Bot.Cards;

namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// A button's data in Telegram's callback_data, which holds at most 64 bytes. Our own submit data is written
/// compactly ("status|14", "text||列出整改中的问题"); other data as its JSON; data that still does not fit is kept
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

        var parts = callbackData.Split(Separator, 3);
        if (parts[0].Length == 0)
        {
            return null;
        }

        int? finding = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
        return new CardSubmitData(parts[0], finding, parts.Length > 2 ? parts[2] : null).ToJson();
    }

    /// <summary>"intent|finding|text" when the data is exactly one of our submit data (nothing else in it), else null.</summary>
    private static string? Compact(JsonObject data)
    {
        if (CardSubmitData.TryRead(data) is not { } submit
            || submit.Intent.Contains(Separator, StringComparison.Ordinal)
            || submit.Intent.StartsWith('{') || submit.Intent.StartsWith(StoredPrefix)
            || !JsonNode.DeepEquals(submit.ToJson(), data))
        {
            return null;
        }

        var finding = submit.Finding?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return submit.Text is null
            ? (submit.Finding is null ? submit.Intent : $"{submit.Intent}{Separator}{finding}")
            : $"{submit.Intent}{Separator}{finding}{Separator}{submit.Text}";
    }
}
