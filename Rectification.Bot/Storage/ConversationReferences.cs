using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Storage;

/// <summary>The stored conversation references: saved as people talk, used to reach them later.</summary>
public sealed class ConversationReferences(BotStateDbContext db, TimeProvider clock)
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.ChannelId is not { Length: > 0 } channelId
            || reference.Conversation?.Id is not { Length: > 0 } conversationId
            || reference.ServiceUrl is not { Length: > 0 })
        {
            return;
        }

        var record = await FindAsync(channelId, conversationId, cancellationToken);
        var snapshot = Snapshot(reference);
        var now = clock.GetUtcNow().UtcDateTime;
        if (record?.IsCurrent(snapshot, now) == true)
        {
            return; // most turns: nothing to write
        }

        if (record is null)
        {
            record = new ConversationReferenceRecord(channelId, conversationId);
            db.ConversationReferences.Add(record);
        }

        record.Update(snapshot, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(record).State == EntityState.Added)
        {
            // Another instance stored the same conversation first; theirs is as fresh as ours.
            db.Entry(record).State = EntityState.Detached;
        }
    }

    public Task<ConversationReferenceRecord?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        db.ConversationReferences.FirstOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, cancellationToken);

    /// <summary>The one-to-one conversation with a person on a channel, if the bot has one.</summary>
    public Task<ConversationReferenceRecord?> FindPersonalAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        db.ConversationReferences
            .Where(r => r.ChannelId == channelId && (r.UserId == userId || r.UserAadObjectId == userId))
            .Where(r => r.ConversationType == null || r.ConversationType == "personal")
            .OrderByDescending(r => r.UpdatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Forgets a conversation the bot was removed from, and ends the digest subscriptions that were delivered there
    /// (they could never arrive again).
    /// </summary>
    public async Task RemoveConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var subscriptions = await db.DigestSubscriptions
            .Where(s => s.Active && s.ChannelId == channelId && s.ConversationId == conversationId)
            .ToListAsync(cancellationToken);
        subscriptions.ForEach(s => s.Deactivate(SubscriptionEndReason.Undeliverable, now));
        await db.SaveChangesAsync(cancellationToken);
        await db.ConversationReferences.Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// True for exactly one caller per stored conversation (across instances: a conditional update decides), so the
    /// welcome is sent once. False when the conversation is not stored or was welcomed before.
    /// </summary>
    public async Task<bool> TryClaimWelcomeAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.ConversationReferences
            .Where(r => r.ChannelId == channelId && r.ConversationId == conversationId && r.WelcomedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.WelcomedAtUtc, now), cancellationToken);
        return claimed == 1;
    }

    public async Task RecordPermanentFailureAsync(
        string channelId, string conversationId, DeliveryFailure failure, string? detail, CancellationToken cancellationToken)
    {
        var record = await FindAsync(channelId, conversationId, cancellationToken);
        if (record is null)
        {
            return;
        }

        record.RecordPermanentFailure(failure, detail, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Conversations the channel refuses to write to, for admins.</summary>
    public async Task<IReadOnlyList<ConversationReferenceRecord>> ListUndeliverableAsync(CancellationToken cancellationToken) =>
        await db.ConversationReferences.AsNoTracking().Where(r => r.PermanentFailure != null)
            .OrderByDescending(r => r.PermanentFailureAtUtc).ToListAsync(cancellationToken);

    public static ConversationReference Deserialize(ConversationReferenceRecord record) =>
        ActivitySerializer.Deserialize<ConversationReference>(record.ReferenceJson)
        ?? throw new InvalidOperationException($"The stored reference of conversation {record.Id} is empty.");

    private static ConversationReferenceSnapshot Snapshot(ConversationReference reference) => new(
        reference.ServiceUrl!,
        reference.Conversation?.ConversationType,
        reference.Conversation?.TenantId,
        reference.User?.Id,
        reference.User?.AadObjectId,
        reference.User?.Name,
        reference.Bot?.Id,
        reference.Locale,
        // Without the id of the message that carried it: a proactive message starts a new post, and the stored
        // reference then changes only when the conversation does.
        ActivitySerializer.Serialize(new ConversationReference
        {
            User = reference.User,
            Bot = reference.Bot,
            Conversation = reference.Conversation,
            ChannelId = reference.ChannelId,
            Locale = reference.Locale,
            ServiceUrl = reference.ServiceUrl,
            ExtensionData = reference.ExtensionData,
        }));
}
