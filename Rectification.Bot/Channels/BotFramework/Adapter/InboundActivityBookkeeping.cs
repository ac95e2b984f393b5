using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// What happens to every authenticated activity before the conversation sees it: a retried activity is
/// recognised and skipped, and the conversation reference is stored (or purged when the bot is uninstalled).
/// </summary>
internal sealed class InboundActivityBookkeeping(ProcessedActivities processed, ConversationReferences references)
{
    /// <summary>False when this activity was processed before (the channel retried a slow request).</summary>
    public async Task<bool> TryBeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity is { Id: { Length: > 0 } id, ChannelId: { Length: > 0 } channelId, Conversation.Id: { Length: > 0 } conversationId }
            && !await processed.TryClaimAsync(channelId, conversationId, id, cancellationToken))
        {
            return false;
        }

        try
        {
            await TrackConversationAsync(activity, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await ReleaseAsync(activity);
            throw;
        }

        return true;
    }

    /// <summary>Forgets the claim on an activity whose processing failed, so the channel's retry runs.</summary>
    public Task ReleaseAsync(Activity activity) =>
        activity is { Id: { Length: > 0 } id, ChannelId: { Length: > 0 } channelId, Conversation.Id: { Length: > 0 } conversationId }
            ? processed.ReleaseAsync(channelId, conversationId, id)
            : Task.CompletedTask;

    private Task TrackConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var isRemoval = activity.Type == ActivityTypes.InstallationUpdate
            && activity.Action == "remove";
        if (isRemoval && activity is { ChannelId: { } channelId, Conversation.Id: { } conversationId })
        {
            return references.RemoveConversationAsync(channelId, conversationId, cancellationToken);
        }

        // The bot being added (or updated) must find its row, since the welcome is claimed on it; messages and card
        // presses may trust a save this process made a moment ago.
        bool? trustRecent = activity.Type switch
        {
            ActivityTypes.Message or ActivityTypes.Invoke => true,
            ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => false,
            _ => null,
        };
        if (trustRecent is null || BotFrameworkConversations.From(activity) is not { } conversation)
        {
            return Task.CompletedTask;
        }

        return trustRecent.Value
            ? references.SaveOnMessageAsync(conversation, cancellationToken)
            : references.SaveAsync(conversation, cancellationToken);
    }
}
