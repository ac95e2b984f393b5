using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Rectification.Domain.Storage.Engines;

/// <summary>PostgreSQL, for a city: many rounds and units, several bot instances behind a load balancer.</summary>
public sealed class PostgresEngine : DatabaseEngine
{
    public override string Name => "Postgres";

    protected override string EfProviderName => "Npgsql.EntityFrameworkCore.PostgreSQL";

    public override string DesignTimeConnectionString => "Host=localhost;Database=rectification_design";

    protected override void UseEngine(DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable) =>
        options.UseNpgsql(connectionString, postgres => postgres
            .MigrationsHistoryTable(migrationsHistoryTable)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>
    /// <c>synchronous_commit = off</c> for this session: a crash may lose the last few claims, never corrupt
    /// anything, and other sessions keep waiting for the disk.
    /// </summary>
    public override Task RelaxDurabilityAsync(DbContext context) =>
        context.Database.ExecuteSqlRawAsync("SET synchronous_commit = off;");

    /// <summary>
    /// A session advisory lock on the bot's database, on a connection of its own outside the pool: EF Core's
    /// migration lock did not keep two instances starting at once from applying the same migration twice ("column
    /// already exists"). The lock goes with the connection, so a start that dies lets go of it. A database that does
    /// not exist yet is created by the first start's migrations, unlocked: start one instance first then.
    /// </summary>
    public override async Task<IAsyncDisposable> HoldStartupLockAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({StartupLockKey})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return await base.HoldStartupLockAsync(connectionString, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The advisory lock's key: any constant the bot alone uses (the ASCII of "rectify!").</summary>
    private const long StartupLockKey = 0x7265637469667921;

    public override string DescribeLocation(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>53100 disk_full: the server has no room left for the write.</summary>
    protected override bool SaysStorageFull(Exception error) => error is PostgresException { SqlState: PostgresErrorCodes.DiskFull };
}
