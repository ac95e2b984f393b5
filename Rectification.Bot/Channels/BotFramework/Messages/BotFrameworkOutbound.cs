using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Teams.Files;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Messages;

/// <summary>
/// Turns the core's message into an activity. A card goes as an Adaptive Card attachment where the channel renders
/// cards, with the card's text beside it for clients that show none (Teams moves it into the summary at the wire,
/// see Connector.TeamsCardRendering); elsewhere the text alone is sent. Suggestions become imBack buttons.
/// </summary>
internal static class BotFrameworkOutbound
{
    public const string Markdown = "markdown";

    /// <summary>A reply in the conversation of <paramref name="inbound"/>.</summary>
    public static Activity Reply(Activity inbound, OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return Fill(inbound.CreateReply(), message);
    }

    /// <summary>A proactive message to a stored conversation: it starts a new post, replying to nothing.</summary>
    public static Activity To(ConversationReference reference, OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var activity = new Activity { Type = ActivityTypes.Message }.ApplyConversationReference(reference);
        activity.ReplyToId = null;
        return Fill(activity, message);
    }

    private static Activity Fill(Activity activity, OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        activity.Text = message.Text;
        activity.TextFormat = message.Format == TextFormat.Markdown ? Markdown : null;
        activity.Locale = message.Locale ?? activity.Locale;
        activity.Summary = message.Summary;
        if (message.Card is { } card && BotFrameworkCapabilities.For(activity.ChannelId).CardVersion is { } rendered && card.Version <= rendered)
        {
            activity.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = CardSerializer.ToJsonObject(card) }];
        }

        if (message.Attachment is { IsImage: true } image && BotFrameworkCapabilities.For(activity.ChannelId).ReceivesImages)
        {
            activity.Attachments = [.. activity.Attachments ?? [], new Attachment { ContentType = image.ContentType, ContentUrl = image.DataUri(), Name = image.Name }];
        }

        // A file goes to Teams only through the person's consent: the card offering it, in a personal chat.
        if (message.Attachment is { IsImage: false } file && FileConsentCards.Offer(activity, message, file) is { } consent)
        {
            activity.Attachments = [.. activity.Attachments ?? [], consent];
            activity.Text = null;
        }

        if (message.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = [.. message.Suggestions.Select(s => CardAction.ImBack(s.Title, s.Text))] };
        }

        return activity;
    }
}
