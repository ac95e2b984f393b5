namespace Rectification.Domain.Queries;

/// <summary>The words of a finding that keyword questions are matched against.</summary>
public sealed record FindingSearchText(int Number, string Title, IReadOnlyList<string> MeasureTexts, IReadOnlyList<string> NextSteps);
