using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Rectification.Domain.Storage.Engines;

/// <summary>PostgreSQL, for a city: many rounds and units, several bot instances behind a load balancer.</summary>
public sealed class PostgresEngine : DatabaseEngine
{
    public override string Name => "Postgres";

    protected override string EfProviderName => "Npgsql.EntityFrameworkCore.PostgreSQL";

    public override string DesignTimeConnectionString => "Host=localhost;Database=rectification_design";

    protected override void UseEngine(DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable) =>
        options.UseNpgsql(connectionString, postgres => postgres
            .MigrationsHistoryTable(migrationsHistoryTable)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>
    /// <c>synchronous_commit = off</c> for this session: a crash may lose the last few claims, never corrupt
    /// anything, and other sessions keep waiting for the disk.
    /// </summary>
    public override Task RelaxDurabilityAsync(DbContext context) =>
        context.Database.ExecuteSqlRawAsync("SET synchronous_commit = off;");

    public override string DescribeLocation(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }
}
