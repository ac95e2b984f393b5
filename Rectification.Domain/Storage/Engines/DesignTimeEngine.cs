namespace Rectification.Domain.Storage.Engines;

/// <summary>
/// The engine `dotnet ef migrations add` generates for: SQLite unless the tool's own arguments say
/// <c>-- --provider Postgres</c>. Scaffolding never connects, so the connection strings only have to be well formed.
/// </summary>
public static class DesignTimeEngine
{
    public static (DatabaseEngine Engine, string ConnectionString) FromArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var position = args.ToList().FindIndex(a => string.Equals(a, "--provider", StringComparison.OrdinalIgnoreCase));
        var engine = position >= 0 && position + 1 < args.Count ? DatabaseEngine.Named(args[position + 1]) : DatabaseEngine.Default;
        return (engine, engine is PostgresEngine ? "Host=localhost;Database=rectification_design" : "Data Source=design-time.db");
    }
}
