using Rectification.Bot.Cards;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Conversation.Welcome;

/// <summary>
/// Greets a conversation the bot has just joined, once: Teams announces an install with both an installationUpdate
/// and a conversationUpdate, reinstalls and retries repeat them, and several instances may see them at once. The
/// stored conversation reference carries the mark (<see cref="ConversationReferences.TryClaimWelcomeAsync"/>); it
/// goes with the reference when the bot is removed, so a later reinstall is greeted again.
/// </summary>
internal sealed class WelcomeTurnHandler(ConversationReferences references)
{
    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!WelcomeOccasion.IsBotAdded(activity)
            || activity is not { ChannelId: { } channelId, Conversation.Id: { } conversationId }
            || !await references.TryClaimWelcomeAsync(channelId, conversationId, cancellationToken))
        {
            return;
        }

        // No message to detect a language from: the locale the channel sent, else Chinese.
        var reply = new Reply(activity, Texts.For(ReplyLanguage.Choose(null, activity.Locale, null)));
        var greeting = WelcomeOccasion.IsPersonal(activity)
            ? reply.Card(WelcomeCard.Build(reply.Texts))
            : reply.Text(reply.Texts.WelcomeTeamIntroduction);
        await turn.SendAsync(greeting, cancellationToken);
    }
}
