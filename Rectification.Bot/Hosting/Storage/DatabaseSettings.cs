using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Rectification.Bot.Hosting.Storage;

/// <summary>
/// The one place that knows which database engine is in use. Everything else speaks EF Core only.
/// SQLite (embedded, a file under data/) is the default.
/// </summary>
public sealed class DatabaseSettings
{
    public const string ConnectionStringName = "Rectification";

    private DatabaseSettings(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"No connection string 'ConnectionStrings:{ConnectionStringName}' is configured (appsettings.json or the environment variable ConnectionStrings__{ConnectionStringName}).");
        }

        return new DatabaseSettings(configured);
    }

    public void Configure(DbContextOptionsBuilder options, string migrationsHistoryTable, string migrationsAssembly) =>
        options.UseSqlite(ConnectionString, sqlite => sqlite
            .MigrationsHistoryTable(migrationsHistoryTable)
            .MigrationsAssembly(migrationsAssembly)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>
    /// Points the Quartz job store at the same database. The connection string is looked up by name when the
    /// scheduler starts, so configuration overridden later (tests, hosts) still applies.
    /// </summary>
    /// <remarks>
    /// Quartz refuses clustering on SQLite ("locking problems"), so the SQLite store is not clustered: two
    /// processes on one SQLite file may both fire the job, which the outbox's unique keys and leases make harmless.
    /// A server database (PostgreSQL, SQL Server) would add <c>store.UseClustering()</c> here.
    /// </remarks>
    public static void UseForScheduler(Quartz.IPersistentStoreBuilder store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Quartz.PersistentStoreBuilderExtensions.UseSqlite(store, source => source.ConnectionStringName = ConnectionStringName);
    }

    /// <summary>
    /// Engine settings that live in the database file rather than the connection: SQLite's write-ahead log lets
    /// readers go on while one writer writes, and the mode is stored in the file, so once per start is enough.
    /// </summary>
    public Task ApplyEngineSettingsAsync(DbContext context, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

    /// <summary>
    /// For a connection that writes only data safe to lose (activity ids): SQLite then commits without waiting for
    /// the disk. The setting belongs to that one connection; the others keep SQLite's full durability, and their
    /// next commit flushes the log, claims included.
    /// </summary>
    public static Task RelaxDurabilityAsync(DbContext context) =>
        context.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;");

    /// <summary>Creates the folder of a file database so a fresh clone needs no set-up step.</summary>
    public void EnsureDatabaseFolderExists()
    {
        var dataSource = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    public string DescribeLocation()
    {
        var dataSource = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) ? "(in memory)" : Path.GetFullPath(dataSource);
    }
}
