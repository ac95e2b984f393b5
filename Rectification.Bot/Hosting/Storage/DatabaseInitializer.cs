using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Storage;
using Rectification.Domain.Import;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Storage;

/// <summary>Brings the database to the current schema and seeds the bundled announcement.</summary>
public sealed partial class DatabaseInitializer(
    DatabaseSettings settings,
    IConfiguration configuration,
    IServiceScopeFactory scopes,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        settings.EnsureStorageExists();
        await using var startupLock = await settings.Engine.HoldStartupLockAsync(settings.ConnectionString, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        await ledger.Database.MigrateAsync(cancellationToken);
        await settings.Engine.PrepareAsync(ledger, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<BotStateDbContext>().Database.MigrateAsync(cancellationToken);
        if (configuration.GetValue("Seeding:BundledAnnouncement", defaultValue: true))
        {
            var result = await SeedBundledAsync(ledger, cancellationToken);
            LogSeeded(BundledAnnouncement.DocumentName, result.FindingsCreated, result.FindingsSkipped);
        }

        LogReady(settings.DescribeLocation());
    }

    private static async Task<ImportResult> SeedBundledAsync(LedgerDbContext ledger, CancellationToken cancellationToken)
    {
        try
        {
            return await new AnnouncementImporter(ledger).ImportBundledAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded the same announcement at the same moment, and the inspection's unique index
            // refused this one's copy (nothing of it was written). Reading again finds that instance's work.
            return await new AnnouncementImporter(ledger).ImportBundledAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded from {Document}: {Created} findings created, {Skipped} already present")]
    private partial void LogSeeded(string document, int created, int skipped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready at {Location}")]
    private partial void LogReady(string location);
}
