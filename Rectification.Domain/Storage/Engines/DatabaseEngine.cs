using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rectification.Domain.Storage.Engines;

/// <summary>
/// Everything that differs between the database engines the bot runs on, one subclass per engine: how a context
/// connects, which migrations it runs, and the engine's own tuning. Everything else speaks EF Core only, and a
/// connection string is only ever read by its own engine.
/// </summary>
public abstract class DatabaseEngine
{
    /// <summary>Every engine the bot knows, by the name <c>Database:Provider</c> gives it.</summary>
    public static readonly IReadOnlyList<DatabaseEngine> All = [new SqliteEngine(), new PostgresEngine()];

    /// <summary>The engine's name in configuration, and the folder (and namespace) of its migrations.</summary>
    public abstract string Name { get; }

    /// <summary>The EF Core provider's own name, as <see cref="DatabaseFacade.ProviderName"/> reports it.</summary>
    protected abstract string EfProviderName { get; }

    public static DatabaseEngine Default => All[0];

    /// <summary>The names configuration may give, for messages: "Sqlite or Postgres".</summary>
    public static string KnownNames => string.Join(" or ", All.Select(e => e.Name));

    /// <summary>The engine of that name (any case), or null.</summary>
    public static DatabaseEngine? Find(string name) =>
        All.FirstOrDefault(engine => string.Equals(engine.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <exception cref="ArgumentException">No engine has that name.</exception>
    public static DatabaseEngine Named(string name) =>
        Find(name) ?? throw new ArgumentException($"Unknown database engine '{name}': use {KnownNames}.", nameof(name));

    /// <summary>The engine a context was configured for.</summary>
    public static DatabaseEngine Of(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return OfProvider(context.Database.ProviderName);
    }

    internal static DatabaseEngine OfProvider(string? efProviderName) =>
        All.FirstOrDefault(engine => engine.EfProviderName == efProviderName)
        ?? throw new InvalidOperationException($"The EF Core provider '{efProviderName}' is not one of the bot's database engines.");

    /// <summary>
    /// Points a context at the database, with the context's own migrations history table, and the migrations
    /// generated for this engine beside the context (see <see cref="EngineMigrationsAssembly"/>).
    /// </summary>
    public void Configure(DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable)
    {
        ArgumentNullException.ThrowIfNull(options);
        UseEngine(options, connectionString, migrationsHistoryTable);
        options.ReplaceService<IMigrationsAssembly, EngineMigrationsAssembly>();
    }

    protected abstract void UseEngine(DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable);

    /// <summary>A well-formed connection string for `dotnet ef migrations add`, which never connects.</summary>
    public abstract string DesignTimeConnectionString { get; }

    /// <summary>Once per start, after the migrations: settings the engine keeps in the database itself.</summary>
    public virtual Task PrepareAsync(DbContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// For a connection that writes only data safe to lose (activity ids): commit without waiting for the disk. The
    /// setting belongs to that one open connection; the others keep the engine's full durability.
    /// </summary>
    public abstract Task RelaxDurabilityAsync(DbContext context);

    /// <summary>Before a bulk load of millions of rows on one open connection.</summary>
    public virtual Task PrepareBulkLoadAsync(DbContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates what must exist before the first connection (a file database's folder).</summary>
    public virtual void EnsureStorageExists(string connectionString)
    {
    }

    /// <summary>
    /// Held around a start's migrations and seeding, so that instances starting at once on one database take turns.
    /// Without an engine lock of its own this holds nothing: EF Core's migration lock and the seeding's unique index
    /// must then do (they do on SQLite, where EF Core locks a table of its own).
    /// </summary>
    public virtual Task<IAsyncDisposable> HoldStartupLockAsync(string connectionString, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    /// <summary>Where the data lives, for the start-up log: never a password.</summary>
    public abstract string DescribeLocation(string connectionString);

    /// <summary>
    /// True when the error, or one it wraps (EF Core wraps the provider's), says the database has no room left: the
    /// write was rolled back whole, and what was saved before is untouched.
    /// </summary>
    public bool IsStorageFull(Exception error)
    {
        for (var cause = error; cause is not null; cause = cause.InnerException)
        {
            if (SaysStorageFull(cause))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The provider's own "disk full" error, for <see cref="IsStorageFull"/>.</summary>
    protected abstract bool SaysStorageFull(Exception error);

    public override string ToString() => Name;

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
