using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Storage.Engines;

namespace Rectification.Bot.Hosting.Storage;

/// <summary>
/// Which database the bot runs on: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>) and the
/// connection string <c>ConnectionStrings:Rectification</c>. The engine does everything engine-specific; the rest of
/// the bot speaks EF Core only.
/// </summary>
public sealed class DatabaseSettings
{
    public const string ConnectionStringName = "Rectification";

    public const string ProviderKey = "Database:Provider";

    private DatabaseSettings(DatabaseEngine engine, string connectionString)
    {
        Engine = engine;
        ConnectionString = connectionString;
    }

    public DatabaseEngine Engine { get; }

    public string ConnectionString { get; }

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var engine = EngineFrom(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new MisconfigurationException(
                $"No connection string 'ConnectionStrings:{ConnectionStringName}' is configured (appsettings.json or the environment variable ConnectionStrings__{ConnectionStringName}).");
        }

        return new DatabaseSettings(engine, configured);
    }

    /// <summary>The configured engine; read at registration too, since the scheduler's store depends on it.</summary>
    public static DatabaseEngine EngineFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseEngine.Default;
        }

        return DatabaseEngine.Find(name) ?? throw new MisconfigurationException(
            $"{ProviderKey} is '{name}', which is not a database engine the bot knows: set it to {DatabaseEngine.KnownNames}.");
    }

    public void Configure(DbContextOptionsBuilder options, string migrationsHistoryTable) =>
        Engine.Configure(options, ConnectionString, migrationsHistoryTable);

    /// <summary>
    /// Points the Quartz job store at the same database. The connection string is looked up by name when the
    /// scheduler starts, so configuration overridden later (tests, hosts) still applies.
    /// </summary>
    /// <remarks>
    /// On PostgreSQL the store is clustered: several bot instances share one set of triggers and each firing runs on
    /// one of them. Quartz refuses clustering on SQLite ("locking problems"), so two processes on one SQLite file may
    /// both fire the job, which the outbox's unique keys and leases make harmless.
    /// </remarks>
    public static void UseForScheduler(Quartz.IPersistentStoreBuilder store, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(store);
        switch (engine)
        {
            case PostgresEngine:
                Quartz.PersistentStoreBuilderExtensions.UsePostgres(store, source => source.ConnectionStringName = ConnectionStringName);
                store.UseClustering();
                break;
            case SqliteEngine:
                Quartz.PersistentStoreBuilderExtensions.UseSqlite(store, source => source.ConnectionStringName = ConnectionStringName);
                break;
            default:
                throw new InvalidOperationException($"The scheduler has no store for the {engine} engine.");
        }
    }

    public void EnsureStorageExists() => Engine.EnsureStorageExists(ConnectionString);

    public string DescribeLocation() => Engine.DescribeLocation(ConnectionString);
}
