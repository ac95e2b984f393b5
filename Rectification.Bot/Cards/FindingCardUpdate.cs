namespace Rectification.Bot.Cards;

/// <summary>Who last reported on a finding, and when (UTC; the card shows office time).</summary>
public sealed record FindingCardUpdate(string AuthorName, DateTime AtUtc, string Description);
