using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// What the user posted: kept in the conversation first (Web Chat waits for its own activity to come back), then
/// handed to the conversation core, whose answers are kept after it.
/// </summary>
internal sealed class DirectLineTurns(DirectLineTranscript transcript, ConversationReferences references, IConversationBot bot)
{
    /// <summary>Keeps the activity and runs its turn; returns the activity's id.</summary>
    public async Task<string> TakeAsync(string conversationId, DirectLineActivity activity, CancellationToken cancellationToken)
    {
        var id = await transcript.AppendAsync(conversationId, activity, cancellationToken);
        if (DirectLineInbound.From(activity, conversationId) is { } inbound)
        {
            // Stored at every message, as the other channels do: digests and reminders reach the conversation from it.
            await references.SaveOnMessageAsync(DirectLineInbound.Stored(inbound), cancellationToken);
            await bot.OnTurnAsync(new DirectLineTurnContext(inbound, transcript), cancellationToken);
        }

        return id;
    }

    /// <summary>The bot joining the conversation: it is stored, and the core greets it the first time only.</summary>
    public async Task GreetAsync(DirectLineGrant grant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var inbound = new InboundMessage
        {
            Conversation = DirectLineInbound.Address(grant.ConversationId),
            From = new ChannelUser(IdentityRealms.Microsoft, grant.UserId, grant.UserName),
            Kind = InboundKind.BotAdded,
        };
        await references.SaveAsync(DirectLineInbound.Stored(inbound), cancellationToken);
        await bot.OnTurnAsync(new DirectLineTurnContext(inbound, transcript), cancellationToken);
    }
}
