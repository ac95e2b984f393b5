namespace Rectification.Bot.Channels.BotFramework.Schema;

/// <summary>The connector's answer to a send: the id the channel gave the activity.</summary>
public sealed record ResourceResponse(string? Id);
