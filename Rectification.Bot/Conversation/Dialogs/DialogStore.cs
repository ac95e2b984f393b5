using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>The dialog state rows, one per conversation, in the bot-state database.</summary>
internal sealed class DialogStore(BotStateDbContext db)
{
    public Task<DialogState?> FindAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var (channel, conversation) = Key(inbound);
        return db.DialogStates.FirstOrDefaultAsync(d => d.ChannelId == channel && d.ConversationId == conversation, cancellationToken);
    }

    /// <summary>Starts a dialog, replacing any dialog the conversation had.</summary>
    public async Task StartAsync(DialogState row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var existing = await db.DialogStates.FirstOrDefaultAsync(d => d.ChannelId == row.ChannelId && d.ConversationId == row.ConversationId, cancellationToken);
        if (existing is not null)
        {
            db.DialogStates.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.DialogStates.Add(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Starts <paramref name="dialog"/> with these values in the turn's conversation and asks its first step; null when
    /// the values need no step. A conversation the activity does not name cannot hold a dialog: that is a bug upstream.
    /// </summary>
    public async Task<OutboundMessage?> BeginAsync<TState>(Dialog<TState> dialog, TState state, DialogTurn turn, DateTime nowUtc, CancellationToken cancellationToken)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turn);
        var (channel, conversation) = Key(turn.Reply.Inbound);
        if (dialog.Begin(channel, conversation, state, nowUtc) is not { } row)
        {
            return null;
        }

        await StartAsync(row, cancellationToken);
        return await dialog.PromptAsync(row, turn, cancellationToken);
    }

    public async Task EndAsync(DialogState row, CancellationToken cancellationToken)
    {
        db.DialogStates.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>Drops what this turn changed on the row in memory, so no later save in the turn can store it.</summary>
    public Task DiscardChangesAsync(DialogState row, CancellationToken cancellationToken) => db.Entry(row).ReloadAsync(cancellationToken);

    /// <summary>The conversation a dialog belongs to.</summary>
    public static (string Channel, string Conversation) Key(InboundMessage inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return (inbound.ChannelId, inbound.Conversation.ConversationId);
    }
}
