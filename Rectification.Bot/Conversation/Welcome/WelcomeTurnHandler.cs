using Rectification.Bot.Cards;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Conversation.Welcome;

/// <summary>
/// Greets a conversation the bot has just joined, once: channels announce an install more than once (Teams sends both
/// an installationUpdate and a conversationUpdate), reinstalls and retries repeat them, and several instances may see
/// them at once. The stored conversation carries the mark (<see cref="ConversationReferences.TryClaimWelcomeAsync"/>);
/// it goes with the conversation when the bot is removed, so a later reinstall is greeted again.
/// </summary>
internal sealed class WelcomeTurnHandler(ConversationReferences references)
{
    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var inbound = turn.Inbound;
        if (!await references.TryClaimWelcomeAsync(inbound.ChannelId, inbound.Conversation.ConversationId, cancellationToken))
        {
            return;
        }

        // No message to detect a language from: the locale the channel sent, else Chinese.
        var reply = new Reply(inbound, turn.Capabilities, Texts.For(ReplyLanguage.Choose(null, inbound.Locale, null)));
        var greeting = inbound.Conversation.IsPersonal
            ? reply.Card(WelcomeCard.Build(reply.Texts))
            : reply.Text(reply.Texts.WelcomeTeamIntroduction);
        await turn.SendAsync(greeting, cancellationToken);
    }
}
