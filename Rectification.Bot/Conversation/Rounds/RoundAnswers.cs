using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Rounds;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Rounds;

/// <summary>
/// The inspection rounds in the ledger, numbered as people name them, the conversation's current one (whose numbers
/// "status of item 14" means) marked; admins choose another, which is stored for the conversation or its team.
/// </summary>
internal sealed class RoundAnswers(LedgerRounds rounds, ConversationRounds stored, ActorSource actors, ReportingReplies replies)
{
    public async Task<IReadOnlyList<OutboundMessage>> ListAsync(Reply reply, CancellationToken cancellationToken)
    {
        var all = await rounds.ListAsync(cancellationToken);
        var texts = reply.Texts;
        if (all.Count == 0)
        {
            return [reply.Text(texts.NoRounds)];
        }

        var current = LedgerRounds.Effective(all, await stored.ChosenAsync(reply.Inbound, cancellationToken));
        var lines = all.Select(round => Line(round, reply, current: round == current));
        return [reply.Text(string.Join("\n", [texts.RoundsTitle(all.Count), .. lines, texts.RoundsNote]))];
    }

    /// <summary>Admins only; the round must be named unambiguously, else the candidates are listed to choose from.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> SwitchAsync(SwitchRoundIntent intent, Reply reply, CancellationToken cancellationToken)
    {
        var actor = await actors.IdentifyAsync(reply.Inbound, cancellationToken);
        if (ReportingPolicy.CanAdminister(actor.Person) is { Refusal: { } refusal })
        {
            return [await replies.RefusalAsync(refusal, reply, cancellationToken)];
        }

        var all = await rounds.ListAsync(cancellationToken);
        var candidates = RoundResolver.Candidates(intent.Round, all);
        if (candidates.Count != 1)
        {
            return [NotResolved(intent.Round, candidates, all, reply, switching: true)];
        }

        var chosen = candidates[0];
        await stored.ChooseAsync(reply.Inbound, chosen.InspectionId, cancellationToken);
        var team = ConversationRounds.ScopeOf(reply.Inbound) != reply.Inbound.Conversation.ConversationId;
        return [reply.Text(reply.Texts.RoundSwitched(chosen.Ordinal, chosen.InspectionGroup, chosen.InspectedOrganization, team))];
    }

    /// <summary>A question named a round that is not there, or several: which there are.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> UnresolvedAsync(UnresolvedRoundIntent intent, Reply reply, CancellationToken cancellationToken)
    {
        var all = await rounds.ListAsync(cancellationToken);
        return [NotResolved(intent.Round, RoundResolver.Candidates(intent.Round, all), all, reply, switching: false)];
    }

    /// <summary>What a name that fits no round, or several, is answered with.</summary>
    public static OutboundMessage NotResolved(RoundReference named, IReadOnlyList<InspectionRound> candidates, IReadOnlyList<InspectionRound> all, Reply reply, bool switching)
    {
        var texts = reply.Texts;
        if (candidates.Count == 0)
        {
            return reply.Text(texts.RoundNotFound(named.Said, all.Count));
        }

        var lines = candidates.Select(round => Line(round, reply, current: false));
        return reply.Text(string.Join("\n", [texts.RoundChoice(named.Said), .. lines, texts.RoundChoiceHint(candidates[0].Ordinal, switching)]));
    }

    private static string Line(InspectionRound round, Reply reply, bool current)
    {
        var texts = reply.Texts;
        return texts.RoundLine(round.Ordinal, round.InspectionGroup, round.InspectedOrganization, texts.Date(round.FeedbackDate), texts.Date(round.AnnouncementDate), round.Findings, current);
    }
}
