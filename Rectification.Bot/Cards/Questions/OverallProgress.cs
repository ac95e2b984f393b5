using Rectification.Domain.Reporting;

namespace Rectification.Bot.Cards.Questions;

/// <summary>
/// Where the round stands, for the overview card: the digest's totals (one rule for counting) and how many of the
/// findings in progress were reopened.
/// </summary>
public sealed record OverallProgress(DigestTotals Totals, int Reopened)
{
    /// <summary>Findings whose measures are all done, signed off or not.</summary>
    public int FindingsCompleted => Totals.CompletedAwaitingSignOff + Totals.SignedOff;

    /// <summary>Completed findings out of all, in whole percent rounded down, so 100 only when every one is done.</summary>
    public int FindingPercent => Totals.Findings == 0 ? 0 : FindingsCompleted * 100 / Totals.Findings;
}
