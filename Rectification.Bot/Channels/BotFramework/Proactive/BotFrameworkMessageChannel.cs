using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;

namespace Rectification.Bot.Channels.BotFramework.Proactive;

/// <summary>
/// Proactive messages over the Connector REST API, for the conversations this channel stored (Teams, Web Chat, the
/// Emulator…). Permanent refusals are recorded on the stored conversation, so admins see them (`deliveries`) and
/// senders stop.
/// </summary>
internal sealed class BotFrameworkMessageChannel(ConnectorDelivery delivery, PersonalConversationOpener opener) : IMessageChannel
{
    public const string ChannelName = "botframework";

    public string Name => ChannelName;

    /// <summary>What Teams can do; a conversation on another Bot Framework channel is rendered for that channel when sent.</summary>
    public ChannelCapabilities Capabilities => BotFrameworkCapabilities.For("msteams");

    public async Task<string?> SendAsync(StoredConversation to, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        var activity = BotFrameworkOutbound.To(BotFrameworkConversations.Reference(to), message);
        try
        {
            return await delivery.SendAsync(activity, to.Address, cancellationToken);
        }
        catch (Exception error) when (error is ConnectorException or ArgumentException)
        {
            throw ProactiveFailures.From(error);
        }
    }

    public Task<StoredConversation> OpenPersonalConversationAsync(StoredConversation known, CancellationToken cancellationToken) =>
        opener.OpenAsync(known, cancellationToken);
}
