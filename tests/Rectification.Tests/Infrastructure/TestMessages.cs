using Rectification.Bot.Conversation.Messages;

namespace Rectification.Tests.Infrastructure;

/// <summary>Messages as the core receives them from any channel.</summary>
public static class TestMessages
{
    public static readonly ChannelCapabilities CardChannel = new(Bot.Cards.Model.CardVersion.V1_5, PersonalChats: true, Proactive: true, EditsMessages: true, MaxMessageLength: 28_000);

    public static InboundMessage Inbound(string? text, string userId = "user-1") => new()
    {
        Conversation = new ConversationAddress("test", "test", "conversation-" + userId, IsPersonal: true),
        From = new ChannelUser(IdentityRealms.Microsoft, userId, "Test User"),
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
    };
}
