namespace Rectification.Bot.Hosting.Commands;

/// <summary>
/// A command-line verb (`dotnet run --project Rectification.Bot -- chat`): runs against the same services
/// and database as the web host, then exits with its own code.
/// </summary>
public interface IBotCommand
{
    /// <summary>The first word on the command line that selects this command.</summary>
    string Name { get; }

    /// <summary>One line for the usage summary.</summary>
    string Usage { get; }

    Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
