namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>What <see cref="FindingNumberParser"/> found in a message; switch on the concrete type.</summary>
public abstract record FindingNumberResult;
