using Rectification.Bot.Storage;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Storage;

public static class StorageHostingExtensions
{
    /// <summary>The ledger and the conversation state, on the configured database, prepared at start-up.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<LedgerDbContext>(options =>
            settings.Configure(options, LedgerDbContext.MigrationsHistoryTable, typeof(LedgerDbContext).Assembly.GetName().Name!));
        builder.Services.AddDbContext<BotStateDbContext>(options =>
            settings.Configure(options, BotStateDbContext.MigrationsHistoryTable, typeof(BotStateDbContext).Assembly.GetName().Name!));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddTransient<DatabaseInitializer>();
        builder.Services.AddHostedService<DatabaseStartup>();
        return builder;
    }
}
