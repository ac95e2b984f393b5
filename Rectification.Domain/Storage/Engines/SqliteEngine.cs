using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Rectification.Domain.Storage.Engines;

/// <summary>SQLite, embedded: one file under data/ by default, for one office and one bot process.</summary>
public sealed class SqliteEngine : DatabaseEngine
{
    public override string Name => "Sqlite";

    protected override string EfProviderName => "Microsoft.EntityFrameworkCore.Sqlite";

    public override string DesignTimeConnectionString => "Data Source=design-time.db";

    protected override void UseEngine(DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable) =>
        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsHistoryTable(migrationsHistoryTable)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>
    /// The write-ahead log lets readers go on while one writer writes; the mode is stored in the file, so once per
    /// start is enough.
    /// </summary>
    public override Task PrepareAsync(DbContext context, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

    /// <summary>The next commit of any other connection flushes the log, claims included.</summary>
    public override Task RelaxDurabilityAsync(DbContext context) =>
        context.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;");

    /// <summary>
    /// SQLite's default page cache (2 MB) is far smaller than the indexes a million entries build up, so every insert
    /// would reread index pages; the setting lasts as long as this connection.
    /// </summary>
    public override Task PrepareBulkLoadAsync(DbContext context, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", cancellationToken);

    /// <summary>A fresh clone needs no set-up step: the file's folder is made on first start.</summary>
    public override void EnsureStorageExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
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

    /// <summary>SQLITE_FULL: the disk is full, or the file reached its size limit (max_page_count).</summary>
    protected override bool SaysStorageFull(Exception error) => error is SqliteException { SqliteErrorCode: SqliteFullErrorCode };

    private const int SqliteFullErrorCode = 13;

    public override string DescribeLocation(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) ? "SQLite (in memory)" : $"SQLite {Path.GetFullPath(dataSource)}";
    }
}
