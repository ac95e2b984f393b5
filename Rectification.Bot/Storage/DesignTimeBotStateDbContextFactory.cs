using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rectification.Domain.Storage.Engines;

namespace Rectification.Bot.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the bot, for either engine.</summary>
internal sealed class DesignTimeBotStateDbContextFactory : IDesignTimeDbContextFactory<BotStateDbContext>
{
    public BotStateDbContext CreateDbContext(string[] args)
    {
        var (engine, connectionString) = DesignTimeEngine.FromArguments(args);
        var options = new DbContextOptionsBuilder<BotStateDbContext>();
        engine.Configure(options, connectionString, BotStateDbContext.MigrationsHistoryTable, typeof(BotStateDbContext).Assembly.GetName().Name!);
        return new BotStateDbContext(options.Options);
    }
}
