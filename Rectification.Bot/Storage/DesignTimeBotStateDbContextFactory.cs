using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rectification.Bot.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the bot.</summary>
internal sealed class DesignTimeBotStateDbContextFactory : IDesignTimeDbContextFactory<BotStateDbContext>
{
    public BotStateDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BotStateDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(BotStateDbContext.MigrationsHistoryTable))
            .Options;
        return new BotStateDbContext(options);
    }
}
