using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Cards.Text;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>Builds the activities answering one inbound activity, in one language.</summary>
public sealed class Reply(Activity inbound, Texts texts)
{
    public Texts Texts { get; } = texts;

    public Activity Inbound { get; } = inbound;

    public Activity Text(string text)
    {
        var activity = Inbound.CreateReply(text);
        activity.Locale = Texts.Locale;
        return activity;
    }

    /// <summary>A card, with its plain-text rendering as the activity's text for channels without cards.</summary>
    public Activity Card(AdaptiveCard card)
    {
        var activity = Text(CardTextRenderer.Render(card));
        activity.Attachments = [CardSerializer.ToAttachment(card)];
        return activity;
    }

    /// <summary>Adds tappable suggestions (shown by channels that support them, e.g. Teams personal chat).</summary>
    public static Activity WithSuggestions(Activity activity, params (string Title, string Text)[] suggestions)
    {
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [.. suggestions.Select(s => Channels.BotFramework.Schema.CardAction.ImBack(s.Title, s.Text))],
        };
        return activity;
    }
}
