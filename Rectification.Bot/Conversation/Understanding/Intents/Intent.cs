namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// What the user wants, as understood from one message. Each intent is a sealed record holding only what the
/// message said; handlers switch on the concrete type. Records compare by value, so tests and handlers can
/// compare intents directly.
/// </summary>
public abstract record Intent;
