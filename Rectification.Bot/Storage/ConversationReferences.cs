using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Storage;

/// <summary>The stored conversation references: saved as people talk, used to reach them later.</summary>
public sealed class ConversationReferences(BotStateDbContext db, ConversationReferences.Seen seen, TimeProvider clock)
{
    /// <summary>
    /// Stores (or refreshes) a conversation its channel can reach again, whatever this process remembers; for the
    /// bot being added, where the row must exist before the welcome is claimed.
    /// </summary>
    public Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken) =>
        SaveAsync(conversation, trustRecent: false, cancellationToken);

    /// <summary>
    /// Stores the conversation of a message unless this process stored or found it unchanged within
    /// <see cref="Seen.Window"/>: most messages change nothing, and then they neither write nor read.
    /// </summary>
    public Task SaveOnMessageAsync(StoredConversation conversation, CancellationToken cancellationToken) =>
        SaveAsync(conversation, trustRecent: true, cancellationToken);

    private async Task SaveAsync(StoredConversation conversation, bool trustRecent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var address = conversation.Address;
        var key = (address.ChannelId, address.ConversationId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (trustRecent && seen.IsCurrent(key, conversation, now))
        {
            return;
        }

        var record = await FindAsync(address.ChannelId, address.ConversationId, cancellationToken);
        if (record?.IsCurrent(conversation, now) == true)
        {
            seen.Remember(key, conversation, now);
            return;
        }

        if (record is null)
        {
            record = new ConversationReferenceRecord(address.Channel, address.ChannelId, address.ConversationId);
            db.ConversationReferences.Add(record);
        }

        record.Update(conversation, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            seen.Remember(key, conversation, now);
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
            .Where(r => r.ChannelId == channelId && (r.UserId == userId || r.AlternateUserId == userId) && r.IsPersonal)
            .OrderByDescending(r => r.UpdatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Forgets a conversation the bot was removed from, and ends the digest subscriptions that were delivered there
    /// (they could never arrive again).
    /// </summary>
    public async Task RemoveConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        seen.Forget((channelId, conversationId));
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

        seen.Forget((channelId, conversationId));
        record.RecordPermanentFailure(failure, detail, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The conversations this process stored or found current lately, for the whole process. A minute, so a
    /// conversation another instance removed, or marked undeliverable, is stored again by the next messages.
    /// </summary>
    public sealed class Seen() : RecentlyStored<(string ChannelId, string ConversationId), StoredConversation>(Window)
    {
        public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    }

    /// <summary>Conversations the channel refuses to write to, for admins.</summary>
    public async Task<IReadOnlyList<ConversationReferenceRecord>> ListUndeliverableAsync(CancellationToken cancellationToken) =>
        await db.ConversationReferences.AsNoTracking().Where(r => r.PermanentFailure != null)
            .OrderByDescending(r => r.PermanentFailureAtUtc).ToListAsync(cancellationToken);
}
