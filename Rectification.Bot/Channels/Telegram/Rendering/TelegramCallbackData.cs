using System.Text.Json.Nodes;
using Rectification.Bot.Storage;
using Telegram.Bot.Types.ReplyMarkups;

namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// Turns rendered buttons into Telegram's inline keyboard and a pressed button's callback data back into the data
/// the card gave it, keeping what does not fit in 64 bytes in the database (never in memory: another instance may
/// receive the press).
/// </summary>
internal sealed class TelegramCallbackData(ButtonDataStore store)
{
    public async Task<InlineKeyboardMarkup?> KeyboardAsync(IReadOnlyList<IReadOnlyList<TelegramButton>> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var keyboard = new List<InlineKeyboardButton[]>();
        foreach (var row in rows)
        {
            var buttons = new List<InlineKeyboardButton>();
            foreach (var button in row)
            {
                buttons.Add(button.Url is { } url
                    ? InlineKeyboardButton.WithUrl(button.Title, url.AbsoluteUri)
                    : InlineKeyboardButton.WithCallbackData(button.Title, await EncodeAsync(button.Data ?? [], cancellationToken)));
            }

            keyboard.Add([.. buttons]);
        }

        return new InlineKeyboardMarkup(keyboard);
    }

    /// <summary>The data of a pressed button; null when it is not ours or no longer known.</summary>
    public async Task<JsonObject?> DecodeAsync(string? callbackData, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(callbackData))
        {
            return null;
        }

        if (CallbackData.StoredKey(callbackData) is not { } key)
        {
            return CallbackData.DecodeInline(callbackData);
        }

        return await store.FindAsync(key, cancellationToken) is { } json ? CallbackData.DecodeInline(json) : null;
    }

    private async Task<string> EncodeAsync(JsonObject data, CancellationToken cancellationToken) =>
        CallbackData.TryEncodeInline(data)
            ?? CallbackData.Stored(await store.SaveAsync(data.ToJsonString(), cancellationToken));
}
