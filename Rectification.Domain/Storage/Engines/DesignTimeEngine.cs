namespace Rectification.Domain.Storage.Engines;

/// <summary>The engine `dotnet ef migrations add` generates for: SQLite unless the tool's own arguments say <c>-- --provider Postgres</c>.</summary>
public static class DesignTimeEngine
{
    public static DatabaseEngine FromArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var position = args.ToList().FindIndex(a => string.Equals(a, "--provider", StringComparison.OrdinalIgnoreCase));
        return position >= 0 && position + 1 < args.Count ? DatabaseEngine.Named(args[position + 1]) : DatabaseEngine.Default;
    }
}
