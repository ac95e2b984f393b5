using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Text;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>Builds the messages answering one inbound message, in one language, knowing what its channel can do.</summary>
public sealed class Reply(InboundMessage inbound, ChannelCapabilities channel, Texts texts)
{
    public Texts Texts { get; } = texts;

    public InboundMessage Inbound { get; } = inbound;

    public ChannelCapabilities Channel { get; } = channel;

    public OutboundMessage Text(string text) => new() { Text = text, Locale = Texts.Locale };

    /// <summary>
    /// A card, with its plain-text rendering as the text for channels that show no cards; its buttons answer in the
    /// language of this reply.
    /// </summary>
    public OutboundMessage Card(AdaptiveCard card) =>
        Text(CardTextRenderer.Render(card)) with { Card = CardLanguage.Stamp(card, Texts.Language) };

    /// <summary>Adds tappable suggestions (shown by channels that support them: Teams personal chat, Telegram buttons).</summary>
    public static OutboundMessage WithSuggestions(OutboundMessage message, params (string Title, string Text)[] suggestions)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message with { Suggestions = [.. suggestions.Select(s => new Suggestion(s.Title, s.Text))] };
    }
}
