namespace Rectification.Bot.Conversation;

/// <summary>The channel-neutral conversation core: handles one turn.</summary>
public interface IConversationBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}
