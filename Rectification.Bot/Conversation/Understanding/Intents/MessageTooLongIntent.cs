namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// The message is longer than understanding reads (<paramref name="MaxLength"/> characters): a pasted document
/// rather than a question or an update. Answered by saying so, instead of spending the turn on pattern matching.
/// </summary>
public sealed record MessageTooLongIntent(int Length, int MaxLength) : Intent;
