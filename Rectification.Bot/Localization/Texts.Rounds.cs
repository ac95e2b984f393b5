namespace Rectification.Bot.Localization;

/// <summary>The inspection rounds the ledger holds, and the one a conversation works in.</summary>
public abstract partial class Texts
{
    /// <summary>巡察轮次（2） / Inspection rounds (2).</summary>
    public abstract string RoundsTitle(int count);

    /// <summary>One round: its ordinal, who inspected whom, fed back and announced when, how many findings, whether it is the conversation's current one.</summary>
    public abstract string RoundLine(int ordinal, string group, string organization, string fedBack, string announced, int findings, bool current);

    /// <summary>What item numbers mean when there are several rounds, and how to choose or name another.</summary>
    public abstract string RoundsNote { get; }

    public abstract string NoRounds { get; }

    /// <summary>An admin made round <paramref name="ordinal"/> current, for this conversation or (<paramref name="team"/>) the whole team.</summary>
    public abstract string RoundSwitched(int ordinal, string group, string organization, bool team);

    /// <summary>No round of the ledger's <paramref name="rounds"/> fits what was said.</summary>
    public abstract string RoundNotFound(string said, int rounds);

    /// <summary>Several rounds fit what was said; they follow, one a line.</summary>
    public abstract string RoundChoice(string said);

    /// <summary>Added to the subscription's confirmation: the digest covers round <paramref name="ordinal"/> only.</summary>
    public abstract string DigestCoversRound(int ordinal);

    /// <summary>How to name one of them: to switch, or in a question.</summary>
    public abstract string RoundChoiceHint(int exampleOrdinal, bool switching);
}
