using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Conversation.Proactive;

/// <summary>Hands a proactive message to whichever channel serves the stored conversation.</summary>
public sealed class ProactiveMessenger(IEnumerable<IProactiveChannel> channels)
{
    public Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken) =>
        ChannelFor(reference).SendAsync(reference, activity, cancellationToken);

    public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference known, CancellationToken cancellationToken) =>
        ChannelFor(known).OpenPersonalConversationAsync(known, cancellationToken);

    private IProactiveChannel ChannelFor(ConversationReference reference)
    {
        var channelId = reference.ChannelId ?? string.Empty;
        return channels.FirstOrDefault(c => c.Serves(channelId))
            ?? throw new ProactiveDeliveryException(ProactiveFailure.NoChannel, $"No channel delivers proactive messages to '{channelId}'.");
    }
}
