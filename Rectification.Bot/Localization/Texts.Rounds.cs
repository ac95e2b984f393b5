namespace Rectification.Bot.Localization;

/// <summary>The inspection rounds the ledger holds.</summary>
public abstract partial class Texts
{
    /// <summary>巡察轮次（2） / Inspection rounds (2).</summary>
    public abstract string RoundsTitle(int count);

    /// <summary>One round: who inspected whom, fed back and announced when, how many findings, whether it is the current one.</summary>
    public abstract string RoundLine(string group, string organization, string fedBack, string announced, int findings, bool current);

    /// <summary>What item numbers mean when there are several rounds.</summary>
    public abstract string RoundsNote { get; }

    public abstract string NoRounds { get; }
}
