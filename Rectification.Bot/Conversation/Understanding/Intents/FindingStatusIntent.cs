namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Show where finding <paramref name="Number"/> stands: "item 14", 第十四项进展如何, "/status 14".</summary>
public sealed record FindingStatusIntent(int Number) : Intent;
