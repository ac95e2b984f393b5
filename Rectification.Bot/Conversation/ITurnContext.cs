using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Conversation;

/// <summary>
/// One inbound activity and the means to answer it. Each channel supplies its own implementation
/// (connector replies, an expectReplies buffer, the console), so the conversation never knows which it talks to.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Sends an activity in this conversation; returns the id the channel gave it, if any.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an activity sent earlier (used to refresh a card in place).</summary>
    Task UpdateAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>The answer to an invoke activity; the channel returns it in the HTTP response.</summary>
    InvokeResponse? InvokeResponse { get; set; }
}
