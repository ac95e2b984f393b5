using System.Text.Json.Nodes;

namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// A button of an inline keyboard before it is sent: either <paramref name="Data"/> to come back in a callback
/// query (a card's submit data) or <paramref name="Url"/> to open.
/// </summary>
internal sealed record TelegramButton(string Title, JsonObject? Data = null, Uri? Url = null);

/// <summary>A message ready for Telegram: the HTML text and the inline keyboard's rows.</summary>
internal sealed record TelegramRendering(string Html, IReadOnlyList<IReadOnlyList<TelegramButton>> Keyboard)
{
    public bool HasKeyboard => Keyboard.Count > 0;
}
