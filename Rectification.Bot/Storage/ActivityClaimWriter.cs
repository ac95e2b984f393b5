using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Rectification.Bot.Storage;

/// <summary>
/// Writes the claims on inbound activity ids for the whole process: the claims waiting at one moment go to the
/// database as one <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c>, and each caller learns whether its row was the
/// one inserted. The unique key still decides across instances; batching only spares the per-message round trip
/// and commit that made a read-only question cost a write of its own.
/// </summary>
/// <remarks>
/// The writer keeps one connection open, on which <paramref name="relaxDurability"/> may relax durability: an
/// activity id lost in a power cut only means that a retry of that one message would be answered twice, and claims
/// are kept a day at most. Ledger changes and everything else are written on other connections, durably.
/// </remarks>
/// <param name="openContext">A new context of its own, which the writer keeps (and its open connection).</param>
/// <param name="relaxDurability">What the database engine allows on that connection for data safe to lose.</param>
public sealed class ActivityClaimWriter(Func<BotStateDbContext> openContext, Func<DbContext, Task> relaxDurability) : IAsyncDisposable
{
    /// <summary>Enough for every request in flight at once; more waiting claims go in the next statement.</summary>
    private const int MaxBatch = 128;

    private readonly Channel<PendingClaim> pending = Channel.CreateUnbounded<PendingClaim>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock starting = new();
    private Task? writing;
    private BotStateDbContext? db;
    private ClaimStatement? statement;

    /// <summary>True when this claim inserted the row; false when the activity was claimed before, by anyone.</summary>
    public Task<bool> ClaimAsync(ProcessedActivity claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        EnsureWriting();
        var waiting = new PendingClaim(claim);
        if (!pending.Writer.TryWrite(waiting))
        {
            throw new ObjectDisposedException(nameof(ActivityClaimWriter), "The bot is shutting down; the channel will retry the activity.");
        }

        // A caller that gives up still leaves its claim to be written: the activity was received.
        return waiting.Result.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        pending.Writer.TryComplete();
        if (writing is { } loop)
        {
            await loop;
        }

        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }

    private void EnsureWriting()
    {
        if (writing is not null)
        {
            return;
        }

        lock (starting)
        {
            writing ??= Task.Run(WriteAsync);
        }
    }

    private async Task WriteAsync()
    {
        var batch = new List<PendingClaim>(MaxBatch);
        while (await pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && pending.Reader.TryRead(out var claim))
            {
                batch.Add(claim);
            }

            try
            {
                await WriteBatchAsync(batch);
            }
            catch (Exception error)
            {
                // Every caller fails its request, so the channel retries; the next batch starts on a new connection.
                batch.ForEach(claim => claim.Result.TrySetException(error));
                await ResetAsync();
            }

            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<PendingClaim> batch)
    {
        db ??= await OpenAsync();
        await using var command = InsertCommand(db, batch);
        var inserted = new HashSet<(string, string, string)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                inserted.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        // The same activity twice in one batch (a retry racing its original) inserts one row: only the first wins it.
        foreach (var claim in batch)
        {
            claim.Result.TrySetResult(inserted.Remove(claim.Key));
        }
    }

    private async Task<BotStateDbContext> OpenAsync()
    {
        var context = openContext();
        await context.Database.OpenConnectionAsync();
        await relaxDurability(context);
        return context;
    }

    private async Task ResetAsync()
    {
        if (db is not null)
        {
            await db.DisposeAsync();
            db = null;
        }
    }

    private DbCommand InsertCommand(BotStateDbContext context, List<PendingClaim> batch)
    {
        statement ??= ClaimStatement.Of(context);
        var command = context.Database.GetDbConnection().CreateCommand();
        var rows = new List<string>(batch.Count);
        foreach (var claim in batch)
        {
            object[] values = [claim.Row.ChannelId, claim.Row.ConversationId, claim.Row.ActivityId, claim.Row.ReceivedAtUtc];
            var names = new string[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                names[i] = statement.Sql.GenerateParameterName($"p{command.Parameters.Count}");
                command.Parameters.Add(statement.Mappings[i].CreateParameter(command, names[i], values[i], nullable: false));
            }

            rows.Add($"({string.Join(", ", names)})");
        }

        command.CommandText = $"{statement.Insert} VALUES {string.Join(", ", rows)} {statement.Returning}";
        return command;
    }

    /// <summary>What the claim statement takes from the model (table, columns, their types), read once for the process.</summary>
    private sealed record ClaimStatement(ISqlGenerationHelper Sql, RelationalTypeMapping[] Mappings, string Insert, string Returning)
    {
        public static ClaimStatement Of(BotStateDbContext context)
        {
            var entity = context.Model.FindEntityType(typeof(ProcessedActivity))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            IProperty[] columns =
            [
                entity.FindProperty(nameof(ProcessedActivity.ChannelId))!,
                entity.FindProperty(nameof(ProcessedActivity.ConversationId))!,
                entity.FindProperty(nameof(ProcessedActivity.ActivityId))!,
                entity.FindProperty(nameof(ProcessedActivity.ReceivedAtUtc))!,
            ];
            var sql = context.GetService<ISqlGenerationHelper>();
            string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);
            return new ClaimStatement(
                sql,
                [.. columns.Select(c => c.GetRelationalTypeMapping())],
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(Column))})",
                $"ON CONFLICT DO NOTHING RETURNING {string.Join(", ", columns.Take(3).Select(Column))}");
        }
    }

    private sealed class PendingClaim(ProcessedActivity row)
    {
        public ProcessedActivity Row { get; } = row;

        public (string, string, string) Key { get; } = (row.ChannelId, row.ConversationId, row.ActivityId);

        public TaskCompletionSource<bool> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
