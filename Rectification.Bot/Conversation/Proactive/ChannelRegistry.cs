using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Conversation.Proactive;

/// <summary>The channels this host runs, by name: proactive messages go to the channel that stored the conversation.</summary>
public sealed class ChannelRegistry(IEnumerable<IMessageChannel> channels)
{
    private readonly Dictionary<string, IMessageChannel> _byName = channels.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IMessageChannel> Channels => _byName.Values;

    public IMessageChannel? Find(string channel) => _byName.GetValueOrDefault(channel);

    /// <summary>The channel that can reach a stored conversation.</summary>
    /// <exception cref="ProactiveDeliveryException">No running channel has that name (it is switched off here).</exception>
    public IMessageChannel For(ConversationAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Find(address.Channel)
            ?? throw new ProactiveDeliveryException(ProactiveFailure.NoChannel, $"No running channel is named '{address.Channel}'.");
    }

    public Task<string?> SendAsync(StoredConversation to, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        return For(to.Address).SendAsync(to, message, cancellationToken);
    }
}
