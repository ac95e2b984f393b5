using Rectification.Bot.Hosting.Commands;
using Rectification.Domain.People;

namespace Rectification.Bot.Administration;

/// <summary>
/// The common frame of the administration verbs: a scope per run (the ledger context is scoped), the
/// operator as actor, and usage errors turned into exit code 2 with one line on standard error.
/// </summary>
public abstract class AdministrationCommand(IServiceScopeFactory scopes, CommandOutput output) : IBotCommand
{
    public abstract string Name { get; }

    public abstract string Usage { get; }

    protected CommandOutput Output { get; } = output;

    /// <summary>The server's operator: whoever runs the command, recorded by their login name.</summary>
    protected static Actor Operator { get; } = Actor.Operator($"{Environment.UserName}（命令行）");

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await RunAsync(arguments, scope.ServiceProvider.GetRequiredService<AdministrationService>(), cancellationToken);
        }
        catch (UsageException usage)
        {
            await Output.Error.WriteLineAsync($"{Name}: {usage.Message} Usage: {UsageFor(arguments)}");
            return ExitCodes.Usage;
        }
    }

    protected abstract Task<int> RunAsync(IReadOnlyList<string> arguments, AdministrationService administration, CancellationToken cancellationToken);

    /// <summary>The usage line that fits the arguments (for a verb with sub-commands, the sub-command's).</summary>
    protected virtual string UsageFor(IReadOnlyList<string> arguments) => Usage;

    protected async Task<int> RefuseAsync(string line)
    {
        await Output.Error.WriteLineAsync(line);
        return ExitCodes.Refused;
    }

    protected static string Quote(string value) => value.Any(char.IsWhiteSpace) ? $"\"{value}\"" : value;
}
