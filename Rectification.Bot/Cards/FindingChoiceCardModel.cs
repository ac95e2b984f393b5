namespace Rectification.Bot.Cards;

/// <summary>The findings a question matched, best first, and the keyword that matched them, if any.</summary>
public sealed record FindingChoiceCardModel(string? Keyword, IReadOnlyList<FindingListRow> Candidates);
