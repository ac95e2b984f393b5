using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Storage;

public static class StorageHostingExtensions
{
    /// <summary>The ledger and the conversation state, on the configured database, prepared at start-up.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        // Settings are read when first needed, not here, so tests and hosts can still override configuration.
        builder.Services.AddSingleton(services => DatabaseSettings.From(services.GetRequiredService<IConfiguration>()));
        // Pooled: every message opens both contexts, and building a context's services cost more than the turn's reads.
        builder.Services.AddDbContextPool<LedgerDbContext>((services, options) => services.GetRequiredService<DatabaseSettings>()
            .Configure(options, LedgerDbContext.MigrationsHistoryTable));
        builder.Services.AddDbContextPool<BotStateDbContext>(ConfigureBotState);
        builder.Services.AddSingleton(services => new ActivityClaimWriter(
            () => NewBotState(services), services.GetRequiredService<DatabaseSettings>().Engine.RelaxDurabilityAsync));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddTransient<DatabaseInitializer>();
        builder.Services.AddHostedService<DatabaseStartup>();
        AddLedgerReads(builder.Services);
        builder.Services.AddSingleton<ConversationReferences.Seen>();
        builder.Services.AddScoped<ConversationReferences>();
        builder.Services.AddScoped<ConversationRounds>();
        builder.Services.AddScoped<ProcessedActivities>();
        builder.Services.AddScoped<ButtonDataStore>();
        builder.Services.AddScoped<KeptActivities>();
        builder.Services.AddScoped<IBotCommand, ImportCommand>();
        builder.Services.AddScoped<IBotCommand, GenerateLedgerCommand>();
        builder.Services.AddScoped<IBotCommand, ExportCommand>();
        builder.Services.AddScoped<IBotCommand, ImportLedgerCommand>();
        return builder;
    }

    private static void ConfigureBotState(IServiceProvider services, DbContextOptionsBuilder options) =>
        services.GetRequiredService<DatabaseSettings>()
            .Configure(options, BotStateDbContext.MigrationsHistoryTable);

    /// <summary>A context outside any scope, for a singleton that keeps its own connection.</summary>
    private static BotStateDbContext NewBotState(IServiceProvider services)
    {
        var options = new DbContextOptionsBuilder<BotStateDbContext>();
        ConfigureBotState(services, options);
        return new BotStateDbContext(options.Options);
    }

    /// <summary>What every part reads the ledger through: its snapshot, the people, the recent visitors.</summary>
    private static void AddLedgerReads(IServiceCollection services)
    {
        services.AddSingleton<LedgerSnapshots>();
        services.AddScoped<LedgerQueries>();
        services.AddScoped<LedgerRounds>();
        services.AddScoped<PeopleDirectory>();
        services.AddSingleton<RecentVisitors.Sightings>();
        services.AddScoped<RecentVisitors>();
    }
}
