using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Storage;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>The dialog state rows, one per conversation, in the bot-state database.</summary>
internal sealed class DialogStore(BotStateDbContext db, LedgerQueries ledger)
{
    public Task<DialogState?> FindAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var (channel, conversation) = Key(inbound);
        return db.DialogStates.FirstOrDefaultAsync(d => d.ChannelId == channel && d.ConversationId == conversation, cancellationToken);
    }

    /// <summary>Starts a dialog in the turn's round, replacing any dialog the conversation had.</summary>
    public async Task StartAsync(DialogState row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.KeepRound(ledger.Round);
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

    /// <summary>Makes the round the dialog started in the turn's, for the step it is about to take.</summary>
    public void EnterRoundOf(DialogState row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ledger.UseRound(row.RoundInspectionId);
    }

    public async Task EndAsync(DialogState row, CancellationToken cancellationToken)
    {
        db.DialogStates.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>
    /// Takes the dialog's current step for this turn, before the step does anything: the row is marked taken until
    /// <paramref name="takenUntilUtc"/>, unless another turn (on this instance or another) moved the dialog since it was
    /// read or has the step now. A step may write elsewhere (the ledger) before the dialog's own row is saved, so the
    /// row's concurrency token alone would let two turns that read the same step both do that; with the step taken
    /// first, only one of them ever runs it. The turn's save of the row (or its end) lets go of the step.
    /// </summary>
    /// <returns>False when another turn has the dialog: this turn must leave it alone.</returns>
    public async Task<bool> TryTakeStepAsync(DialogState row, DateTime nowUtc, DateTime takenUntilUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var read = row.Version;
        var taken = await db.DialogStates
            .Where(d => d.ChannelId == row.ChannelId && d.ConversationId == row.ConversationId && d.Version == read
                && (d.StepTakenUntilUtc == null || d.StepTakenUntilUtc < nowUtc))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Version, d => d.Version + 1).SetProperty(d => d.StepTakenUntilUtc, takenUntilUtc), cancellationToken);
        if (taken == 0)
        {
            return false;
        }

        // The tracked row now stands for what was just written, so its own save checks against that.
        var entry = db.Entry(row);
        entry.Property(d => d.Version).CurrentValue = read + 1;
        entry.Property(d => d.StepTakenUntilUtc).CurrentValue = takenUntilUtc;
        entry.OriginalValues.SetValues(entry.CurrentValues);
        return true;
    }

    /// <summary>
    /// Drops what this turn changed on the row, so no later save in the turn can store it; a step this turn took is
    /// let go of.
    /// </summary>
    public async Task DiscardChangesAsync(DialogState row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await db.Entry(row).ReloadAsync(cancellationToken);
        if (row.StepTakenUntilUtc is not null)
        {
            row.ReleaseStep();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The conversation a dialog belongs to.</summary>
    public static (string Channel, string Conversation) Key(InboundMessage inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return (inbound.ChannelId, inbound.Conversation.ConversationId);
    }
}
