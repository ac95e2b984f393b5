using Rectification.Bot.Conversation.Understanding.Rounds;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Rounds;

/// <summary>
/// Which of the ledger's rounds a person's name for a round means: the one of that ordinal, those fed back in that
/// year, or those whose group or unit contains every part of the words. Several are a choice for the person, none an
/// answer that says so; nothing is guessed.
/// </summary>
internal static class RoundResolver
{
    public static IReadOnlyList<InspectionRound> Candidates(RoundReference reference, IReadOnlyList<InspectionRound> rounds)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(rounds);
        if (reference.Ordinal is { } ordinal)
        {
            return [.. rounds.Where(r => r.Ordinal == ordinal)];
        }

        if (reference.Year is { } year)
        {
            return [.. rounds.Where(r => r.FeedbackDate.Year == year)];
        }

        var parts = reference.WordParts;
        return parts.Count == 0 ? [] : [.. rounds.Where(r => parts.All(part => Names(r, part)))];
    }

    private static bool Names(InspectionRound round, string part) =>
        round.InspectionGroup.Contains(part, StringComparison.OrdinalIgnoreCase)
        || round.InspectedOrganization.Contains(part, StringComparison.OrdinalIgnoreCase);
}
