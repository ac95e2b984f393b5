using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Rounds;
using Rectification.Bot.Storage;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Rounds;

/// <summary>
/// The round a turn works in: the conversation's (or its team's) current round as stored, unless the message names
/// another for itself. Every ledger read and change of the turn then goes to that round's findings.
/// </summary>
internal sealed class TurnRound(ConversationRounds stored, LedgerRounds rounds, LedgerQueries ledger)
{
    /// <summary>Makes the conversation's current round the turn's.</summary>
    public async Task EnterConversationRoundAsync(InboundMessage inbound, CancellationToken cancellationToken) =>
        ledger.UseRound(await stored.ChosenAsync(inbound, cancellationToken));

    /// <summary>Makes the round a message names the turn's, when exactly one fits; false (and no change) otherwise.</summary>
    public async Task<bool> TryEnterNamedRoundAsync(RoundReference reference, CancellationToken cancellationToken)
    {
        var candidates = RoundResolver.Candidates(reference, await rounds.ListAsync(cancellationToken));
        if (candidates.Count != 1)
        {
            return false;
        }

        ledger.UseRound(candidates[0].InspectionId);
        return true;
    }
}
