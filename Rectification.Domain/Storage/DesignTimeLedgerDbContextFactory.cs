using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rectification.Domain.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the bot.</summary>
internal sealed class DesignTimeLedgerDbContextFactory : IDesignTimeDbContextFactory<LedgerDbContext>
{
    public LedgerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LedgerDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(LedgerDbContext.MigrationsHistoryTable))
            .Options;
        return new LedgerDbContext(options);
    }
}
