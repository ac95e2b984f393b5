using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.BotFramework.Proactive;

/// <summary>
/// Finds or creates the 1:1 chat with a person the bot knows from any conversation (brief 4.5): a stored personal
/// reference is reused; otherwise POST /v3/conversations once, and the new conversation is stored like any other.
/// </summary>
internal sealed class PersonalConversationOpener(IConnectorClient connector, ConversationReferences references)
{
    public const string PersonalConversationType = "personal";

    public async Task<StoredConversation> OpenAsync(StoredConversation known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (known.UserId is not { Length: > 0 } userId)
        {
            throw new ProactiveDeliveryException(ProactiveFailure.Refused, "The conversation names no user to open a chat with.");
        }

        if (await references.FindPersonalAsync(known.Address.ChannelId, userId, cancellationToken) is { } stored)
        {
            return stored.ToConversation();
        }

        var created = await CreateAsync(BotFrameworkConversations.Reference(known), cancellationToken);
        var conversation = BotFrameworkConversations.From(
            created, known.Address with { ConversationId = created.Conversation!.Id!, IsPersonal = true });
        await references.SaveAsync(conversation, cancellationToken);
        return conversation;
    }

    private async Task<ConversationReference> CreateAsync(ConversationReference known, CancellationToken cancellationToken)
    {
        var tenantId = known.Conversation?.TenantId;
        if (known.ServiceUrl is not { Length: > 0 } serviceUrl || known.Bot is null || string.IsNullOrWhiteSpace(tenantId))
        {
            throw new ProactiveDeliveryException(ProactiveFailure.Refused, "A 1:1 chat needs the serviceUrl, bot and tenant of a known conversation.");
        }

        var user = new ChannelAccount { Id = known.User!.Id, Name = known.User.Name, AadObjectId = known.User.AadObjectId };
        var parameters = TeamsConversationParameters.PersonalChat(new ChannelAccount { Id = known.Bot.Id, Name = known.Bot.Name }, user, tenantId);
        ConversationResourceResponse answer;
        try
        {
            answer = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        }
        catch (ConnectorException error)
        {
            throw ProactiveFailures.From(error);
        }

        return PersonalReference(known, answer, user, tenantId);
    }

    private static ConversationReference PersonalReference(
        ConversationReference known, ConversationResourceResponse answer, ChannelAccount user, string tenantId) => new()
    {
        ChannelId = known.ChannelId,
        ServiceUrl = answer.ServiceUrl ?? known.ServiceUrl,
        Bot = known.Bot,
        User = user,
        Locale = known.Locale,
        Conversation = new ConversationAccount
        {
            Id = answer.Id ?? throw new ProactiveDeliveryException(ProactiveFailure.Refused, "The channel created a conversation but gave no id."),
            ConversationType = PersonalConversationType,
            IsGroup = false,
            TenantId = tenantId,
        },
    };
}
