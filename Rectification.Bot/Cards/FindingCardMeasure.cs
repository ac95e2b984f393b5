using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards;

/// <summary>One rectification measure as the status card shows it.</summary>
/// <param name="Ordinal">1 for 一是, 2 for 二是…; the number people use in "update 14.3".</param>
/// <param name="Percent">Optional self-reported completion, 0–100.</param>
public sealed record FindingCardMeasure(int Ordinal, string Text, MeasureStatus Status, int? Percent = null)
{
    /// <summary>The measure's own deadline, when it has one (otherwise the finding's applies).</summary>
    public Deadline? Deadline { get; init; }
}
