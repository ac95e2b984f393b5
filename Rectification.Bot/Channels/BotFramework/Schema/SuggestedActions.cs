namespace Rectification.Bot.Channels.BotFramework.Schema;

public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}
