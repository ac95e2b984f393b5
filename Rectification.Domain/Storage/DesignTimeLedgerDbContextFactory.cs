using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rectification.Domain.Storage.Engines;

namespace Rectification.Domain.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the bot, for either engine.</summary>
internal sealed class DesignTimeLedgerDbContextFactory : IDesignTimeDbContextFactory<LedgerDbContext>
{
    public LedgerDbContext CreateDbContext(string[] args)
    {
        var engine = DesignTimeEngine.FromArguments(args);
        var options = new DbContextOptionsBuilder<LedgerDbContext>();
        engine.Configure(options, engine.DesignTimeConnectionString, LedgerDbContext.MigrationsHistoryTable);
        return new LedgerDbContext(options.Options);
    }
}
