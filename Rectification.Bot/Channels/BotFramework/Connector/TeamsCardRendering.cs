using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// How a card answer reaches Teams. The conversation builds a card activity with the card's plain-text rendering
/// as <c>text</c>, for channels without cards. Teams shows both, text above the card, as two messages (brief 4.4),
/// so the same answer would appear twice, and the ids returned would not let the card be updated later.
/// Rule: on msteams, an activity carrying an Adaptive Card is sent as the card alone; its text becomes the
/// <c>summary</c> (what the notification and the chat list preview show) unless a summary is already set.
/// Other channels get the activity unchanged.
/// </summary>
internal static class TeamsCardRendering
{
    public const string TeamsChannel = "msteams";

    public static void Apply(Activity wire)
    {
        if (wire.ChannelId != TeamsChannel
            || string.IsNullOrEmpty(wire.Text)
            || wire.Attachments?.Any(a => a.ContentType == Attachment.AdaptiveCardContentType) != true)
        {
            return;
        }

        wire.Summary ??= wire.Text;
        wire.Text = null;
    }
}
