namespace Rectification.Bot.Hosting.Storage;

/// <summary>Runs the database initializer before the bot takes its first message.</summary>
internal sealed class DatabaseStartup(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
