using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// The core's message as a bot activity for Web Chat: a card as an Adaptive Card attachment with its text beside it,
/// suggestions as imBack buttons, markdown marked as such.
/// </summary>
internal static class DirectLineOutbound
{
    public static DirectLineActivity Activity(OutboundMessage message, string? replyToId)
    {
        ArgumentNullException.ThrowIfNull(message);
        var activity = new DirectLineActivity
        {
            Type = "message",
            From = new DirectLineAccount { Id = DirectLineChannel.BotId, Name = DirectLineChannel.BotId, Role = "bot" },
            Text = message.Text,
            TextFormat = message.Format == TextFormat.Markdown ? "markdown" : "plain",
            Locale = message.Locale,
            Summary = message.Summary,
            ReplyToId = replyToId,
        };
        if (message.Card is { } card && card.Version <= DirectLineChannel.Capabilities.CardVersion)
        {
            // Web Chat would show the text as a bubble of its own above the card, saying the same twice.
            activity.Summary ??= activity.Text;
            activity.Text = null;
            activity.Attachments = [new DirectLineAttachment { ContentType = DirectLineAttachment.AdaptiveCardContentType, Content = CardSerializer.ToJsonObject(card) }];
        }

        if (message.Attachment is { } file)
        {
            // A data: URI rather than a download link the bot serves: the file travels inside the activity, which the
            // transcript already keeps in the database, so every instance can replay it and nothing needs expiring or
            // guarding; the ledger workbook and the chart are tens to a few hundred kilobytes. Web Chat shows an image
            // inline and offers any other file for download under its name.
            activity.Attachments = [.. activity.Attachments ?? [], new DirectLineAttachment { ContentType = file.ContentType, ContentUrl = file.DataUri(), Name = file.Name }];
        }

        if (message.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new DirectLineSuggestedActions
            {
                Actions = [.. message.Suggestions.Select(s => new DirectLineCardAction { Type = "imBack", Title = s.Title, Value = s.Text })],
            };
        }

        return activity;
    }
}
