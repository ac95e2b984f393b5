using Rectification.Bot.Cards;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// An answer as Telegram shows it: the card as HTML and buttons (Telegram has no Adaptive Cards), else the text,
/// escaped; the suggested replies become buttons that send their text as if typed.
/// </summary>
internal static class TelegramMessageRenderer
{
    public static TelegramRendering Render(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var texts = Texts.For(ReplyLanguage.FromLocale(message.Locale) ?? Language.Chinese);
        var rendered = message.Card is { } card
            ? TelegramCardRenderer.Render(card, texts)
            : new TelegramRendering(Html(message), []);
        if (message.Suggestions.Count == 0)
        {
            return rendered;
        }

        var suggestions = TelegramKeyboardLayout.Rows(message.Suggestions
            .Select(s => new TelegramButton(s.Title, Data: CardSubmitData.TypedText(s.Text).ToJson())));
        return rendered with { Keyboard = [.. rendered.Keyboard, .. suggestions] };
    }

    private static string Html(OutboundMessage message) =>
        message.Format == TextFormat.Markdown ? TelegramHtml.FromMarkdown(message.Text) : TelegramHtml.Escape(message.Text);
}
