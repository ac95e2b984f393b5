using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Storage;

/// <summary>
/// The round each conversation or team works in, in the database (never in memory), so every instance serving the
/// conversation reads the same one.
/// </summary>
public sealed class ConversationRounds(BotStateDbContext db, TimeProvider clock)
{
    private const string TeamScopePrefix = "team:";

    /// <summary>A team's channels share the team's round; any other conversation has its own.</summary>
    public static string ScopeOf(InboundMessage inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return inbound.TeamId is { Length: > 0 } team ? TeamScopePrefix + team : inbound.Conversation.ConversationId;
    }

    /// <summary>The inspection chosen for the message's conversation or team; null when none was.</summary>
    public Task<int?> ChosenAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(inbound);
        return db.ConversationRounds.AsNoTracking()
            .Where(r => r.ChannelId == inbound.ChannelId && r.Scope == scope)
            .Select(r => (int?)r.InspectionId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Makes <paramref name="inspectionId"/> the round of the message's conversation or team.</summary>
    public async Task ChooseAsync(InboundMessage inbound, int inspectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var scope = ScopeOf(inbound);
        var now = clock.GetUtcNow().UtcDateTime;
        var record = await db.ConversationRounds.FirstOrDefaultAsync(r => r.ChannelId == inbound.ChannelId && r.Scope == scope, cancellationToken);
        if (record is null)
        {
            record = db.ConversationRounds.Add(new ConversationRound(inbound.ChannelId, scope)).Entity;
        }

        record.Choose(inspectionId, inbound.From.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(record).State == EntityState.Added)
        {
            // Another instance chose a round for the same conversation at the same moment: the later choice wins.
            db.Entry(record).State = EntityState.Detached;
            await db.ConversationRounds.Where(r => r.ChannelId == inbound.ChannelId && r.Scope == scope)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.InspectionId, inspectionId).SetProperty(r => r.ChosenBy, inbound.From.Id).SetProperty(r => r.ChosenAtUtc, now), cancellationToken);
        }
    }
}
