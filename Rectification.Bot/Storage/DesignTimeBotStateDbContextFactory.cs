using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rectification.Domain.Storage.Engines;

namespace Rectification.Bot.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the bot, for either engine.</summary>
internal sealed class DesignTimeBotStateDbContextFactory : IDesignTimeDbContextFactory<BotStateDbContext>
{
    public BotStateDbContext CreateDbContext(string[] args)
    {
        var engine = DesignTimeEngine.FromArguments(args);
        var options = new DbContextOptionsBuilder<BotStateDbContext>();
        engine.Configure(options, engine.DesignTimeConnectionString, BotStateDbContext.MigrationsHistoryTable);
        return new BotStateDbContext(options.Options);
    }
}
