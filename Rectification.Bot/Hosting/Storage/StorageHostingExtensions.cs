using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Storage;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Storage;

public static class StorageHostingExtensions
{
    /// <summary>The ledger and the conversation state, on the configured database, prepared at start-up.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        // Settings are read when first needed, not here, so tests and hosts can still override configuration.
        builder.Services.AddSingleton(services => DatabaseSettings.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddDbContext<LedgerDbContext>((services, options) => services.GetRequiredService<DatabaseSettings>()
            .Configure(options, LedgerDbContext.MigrationsHistoryTable, typeof(LedgerDbContext).Assembly.GetName().Name!));
        builder.Services.AddDbContext<BotStateDbContext>((services, options) => services.GetRequiredService<DatabaseSettings>()
            .Configure(options, BotStateDbContext.MigrationsHistoryTable, typeof(BotStateDbContext).Assembly.GetName().Name!));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddTransient<DatabaseInitializer>();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddScoped<ConversationReferences>();
        builder.Services.AddScoped<ProcessedActivities>();
        builder.Services.AddScoped<ButtonDataStore>();
        builder.Services.AddScoped<IBotCommand, ImportCommand>();
        builder.Services.AddScoped<IBotCommand, GenerateLedgerCommand>();
        return builder;
    }
}
