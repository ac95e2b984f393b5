using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Storage;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Storage;

/// <summary>Brings the database to the current schema and seeds the bundled announcement.</summary>
public sealed partial class DatabaseInitializer(
    DatabaseSettings settings,
    IServiceScopeFactory scopes,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        settings.EnsureDatabaseFolderExists();
        await using var scope = scopes.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        await ledger.Database.MigrateAsync(cancellationToken);
        // WAL lets readers go on while one writer writes; the mode is stored in the file, so once is enough.
        await ledger.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await scope.ServiceProvider.GetRequiredService<BotStateDbContext>().Database.MigrateAsync(cancellationToken);
        LogReady(settings.DescribeLocation());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready at {Location}")]
    private partial void LogReady(string location);
}
