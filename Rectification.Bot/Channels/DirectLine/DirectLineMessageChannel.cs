using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line for the outbox: a digest or reminder is added to the conversation's activities, and an open Web Chat
/// sees it at once through its stream (or at its next poll).
/// </summary>
internal sealed class DirectLineMessageChannel(DirectLineTranscript transcript) : IMessageChannel
{
    public string Name => DirectLineChannel.Name;

    public ChannelCapabilities Capabilities => DirectLineChannel.Capabilities;

    public async Task<string?> SendAsync(StoredConversation to, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        var activity = DirectLineOutbound.Activity(message, replyToId: null);
        activity.Recipient = new DirectLineAccount { Id = to.UserId, Name = to.UserName, Role = "user" };
        return await transcript.AppendAsync(to.Address.ConversationId, activity, cancellationToken);
    }

    /// <summary>Every Direct Line conversation is one person's already.</summary>
    public Task<StoredConversation> OpenPersonalConversationAsync(StoredConversation known, CancellationToken cancellationToken) =>
        Task.FromResult(known);
}
