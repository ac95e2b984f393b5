using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rectification.Bot.Administration;
using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Hosting.Storage;
using Rectification.Bot.Security;
using Rectification.Domain.Storage;
using Rectification.Tests.Findings;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Administration;

/// <summary>
/// The bot's command line as `dotnet run --project Rectification.Bot -- …` runs it: the same registrations
/// (AddSecurityMode, AddStorage, AddAdministration; Development unless the settings say otherwise), the same dispatch and start-up migration (RunCommandOrServeAsync), on a
/// SQLite file in a temporary folder; the commands' output is captured instead of printed.
/// </summary>
internal sealed class CommandHost : IAsyncDisposable
{
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly string _folder;
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private CommandHost(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        _folder = Path.Combine(Path.GetTempPath(), "rectification-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        _database = TestDatabase.For(_folder, Path.Combine(_folder, "rectification.db"), ";Pooling=False");
        builder.Configuration.AddInMemoryCollection(_database.HostSettings());
        builder.Configuration[SecurityOptions.ModeKey] = nameof(SecurityMode.Development);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(new CommandOutput(new StringWriter(_out), new StringWriter(_error)));
        builder.AddSecurityMode();
        builder.AddStorage();
        builder.AddAdministration();
        _app = builder.Build();
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>A host on a migrated ledger holding a round of findings (the bundled announcement, or a stand-in).</summary>
    public static async Task<CommandHost> StartAsync(params KeyValuePair<string, string?>[] settings)
    {
        var host = new CommandHost(settings);
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        await ReferenceRound.EnsureSeededAsync(scope.ServiceProvider.GetRequiredService<LedgerDbContext>());
        return host;
    }

    /// <summary>Runs one command line (the words after `--`) and returns its exit code and what it printed.</summary>
    public async Task<CommandRun> RunAsync(params string[] words)
    {
        ArgumentOutOfRangeException.ThrowIfZero(words.Length); // no words would start the web server
        _out.Clear();
        _error.Clear();
        var exit = await _app.RunCommandOrServeAsync(words);
        return new CommandRun(exit, _out.ToString(), _error.ToString());
    }

    /// <summary>A path in the host's temporary folder, removed with it.</summary>
    public string TemporaryFile(string name) => Path.Combine(_folder, name);

    /// <summary>Reads the ledger back through a fresh scope.</summary>
    public async Task<T> ReadAsync<T>(Func<LedgerDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        return await read(db);
    }

    public Task<Domain.Findings.Finding> FindingAsync(int number) =>
        ReadAsync(db => db.Findings.AsNoTracking().Include(f => f.History).Include(f => f.Measures).SingleAsync(f => f.Number == number));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Drop();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temporary folder later.
        }
    }
}

internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>One host shared by the tests of a class that change nothing (usage errors), to spare a migration each.</summary>
public sealed class SharedCommandHost : IAsyncLifetime
{
    private CommandHost? _host;

    internal CommandHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
