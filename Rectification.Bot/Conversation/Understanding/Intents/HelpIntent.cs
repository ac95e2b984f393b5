namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>"help", 帮助, 你能做什么, "/start": explain what the bot understands.</summary>
public sealed record HelpIntent : Intent;
