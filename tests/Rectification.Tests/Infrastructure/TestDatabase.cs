using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rectification.Bot.Storage;
using Rectification.Domain.Storage;
using Rectification.Domain.Storage.Engines;

namespace Rectification.Tests.Infrastructure;

/// <summary>
/// The database one test host or ledger runs on, on the engine of this test run: a SQLite file in the test's own
/// folder, or, when <c>RECTIFICATION_TEST_DATABASE=Postgres</c>, a database of its own on the PostgreSQL cluster that
/// <c>RECTIFICATION_TEST_POSTGRES</c> points at (<c>.ci/run</c> starts one on loopback). The database is named after
/// the folder, so a second host on the same folder finds the first one's data, as a restarted bot would.
/// </summary>
public sealed class TestDatabase
{
    public const string EngineVariable = "RECTIFICATION_TEST_DATABASE";

    public const string PostgresVariable = "RECTIFICATION_TEST_POSTGRES";

    private TestDatabase(DatabaseEngine engine, string connectionString, string? postgresName)
    {
        Engine = engine;
        ConnectionString = connectionString;
        PostgresName = postgresName;
    }

    public DatabaseEngine Engine { get; }

    public string ConnectionString { get; }

    /// <summary>The database's name on the cluster; null on SQLite.</summary>
    public string? PostgresName { get; }

    /// <summary>The engine this test run uses for every test that does not pin one.</summary>
    public static DatabaseEngine RunEngine { get; } = DatabaseEngine.Named(Environment.GetEnvironmentVariable(EngineVariable) is { Length: > 0 } name ? name : "Sqlite");

    /// <summary>The cluster to create databases on (no database named), when one is configured.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    /// <summary>
    /// On this run's engine (or <paramref name="engine"/>); <paramref name="sqliteFile"/> is the file's path, and
    /// <paramref name="sqliteOptions"/> what follows it in the connection string, when that is SQLite.
    /// </summary>
    public static TestDatabase For(string folder, string sqliteFile, string sqliteOptions = "", DatabaseEngine? engine = null) =>
        (engine ?? RunEngine) is PostgresEngine ? OnPostgres(folder) : OnSqlite(sqliteFile, sqliteOptions);

    public static TestDatabase OnSqlite(string file, string sqliteOptions = "") =>
        new(new SqliteEngine(), $"Data Source={file}{sqliteOptions}", null);

    /// <summary>Creates the folder's database on the cluster unless it is there already.</summary>
    public static TestDatabase OnPostgres(string folder)
    {
        var server = PostgresServer ?? throw new InvalidOperationException(
            $"{EngineVariable}=Postgres needs {PostgresVariable}, a connection string to a PostgreSQL server without a database (README: the PostgreSQL pass).");
        var name = "rectification_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(folder))))[..20];
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                try
                {
                    create.ExecuteNonQuery();
                }
                catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
                {
                    // A second host on the same folder, starting at the same moment, created it first.
                }
            }
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(new PostgresEngine(), connectionString, name);
    }

    public DbContextOptions<LedgerDbContext> LedgerOptions() => Options<LedgerDbContext>(LedgerDbContext.MigrationsHistoryTable);

    public DbContextOptions<BotStateDbContext> BotStateOptions() => Options<BotStateDbContext>(BotStateDbContext.MigrationsHistoryTable);

    public LedgerDbContext OpenLedger() => new(LedgerOptions());

    public BotStateDbContext OpenBotState() => new(BotStateOptions());

    /// <summary>Settings a bot host needs to run on this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> HostSettings()
    {
        yield return new("Database:Provider", Engine.Name);
        yield return new("ConnectionStrings:Rectification", ConnectionString);
    }

    /// <summary>Closes this database's idle pooled connections.</summary>
    public void ReleaseConnections()
    {
        if (PostgresName is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        using var pooled = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(pooled);
    }

    /// <summary>Lets go of pooled connections, and drops the PostgreSQL database (a SQLite file goes with its folder).</summary>
    public void Drop()
    {
        ReleaseConnections();
        if (PostgresName is null)
        {
            return;
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    private DbContextOptions<TContext> Options<TContext>(string migrationsHistoryTable)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        Engine.Configure(options, ConnectionString, migrationsHistoryTable);
        return options.Options;
    }
}
