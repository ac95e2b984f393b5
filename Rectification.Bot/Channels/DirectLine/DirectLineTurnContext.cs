using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>A turn in a Web Chat conversation: each answer is added to the conversation's activities, where the client reads it.</summary>
internal sealed class DirectLineTurnContext(InboundMessage inbound, DirectLineTranscript transcript) : ITurnContext
{
    public InboundMessage Inbound { get; } = inbound;

    public ChannelCapabilities Capabilities => DirectLineChannel.Capabilities;

    public async Task<string?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var activity = DirectLineOutbound.Activity(message, Inbound.Id);
        activity.Recipient = new DirectLineAccount { Id = Inbound.From.Id, Name = Inbound.From.Name, Role = "user" };
        return await transcript.AppendAsync(Inbound.Conversation.ConversationId, activity, cancellationToken);
    }
}
