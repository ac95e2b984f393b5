namespace Rectification.Bot.Conversation.Understanding;

/// <summary>
/// The words of one finding that keyword questions are matched against: its title, and as details everything
/// else said about it (measure texts, next steps).
/// </summary>
public sealed record FindingText(int Number, string Title, IReadOnlyList<string> Details);
