namespace Rectification.Bot.Conversation.Understanding;

/// <summary>The words of one finding that keyword questions are matched against: its title and measure texts.</summary>
public sealed record FindingText(int Number, string Title, IReadOnlyList<string> Measures);
