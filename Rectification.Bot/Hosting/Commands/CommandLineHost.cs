using Rectification.Bot.Hosting.Storage;

namespace Rectification.Bot.Hosting.Commands;

public static class CommandLineHost
{
    /// <summary>
    /// With a command word, prepares the database, runs that command and exits; otherwise serves the bot.
    /// Host settings before the command (e.g. --urls http://127.0.0.1:5124) belong to the host: <see cref="HostArguments"/>.
    /// </summary>
    public static async Task<int> RunCommandOrServeAsync(this WebApplication app, string[] args)
    {
        var words = HostArguments.Split(args).Command;
        if (words.Count == 0)
        {
            // What RunAsync does, except that a refused start leaves the app undisposed: RunAsync disposes it on the
            // way out, and whoever waits on the host (a test's WebApplicationFactory) then met "Cannot access a
            // disposed object" instead of the refusal, which names the setting to fix.
            StartupRefusals.ValidateSettings(app.Services);
            await app.StartAsync();
            await app.WaitForShutdownAsync();
            await app.DisposeAsync();
            return 0;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IBotCommand>().ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, words[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{words[0]}'. Commands:");
            commands.ForEach(c => Console.Error.WriteLine($"  {c.Usage}"));
            return 2;
        }

        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(stopping.Token);
        return await command.RunAsync(words.Skip(1).ToList(), stopping.Token);
    }
}
