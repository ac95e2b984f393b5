namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Nothing in the message was understood, including unknown slash commands.</summary>
public sealed record UnrecognizedIntent : Intent;
