using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Rectification.LoadRunner.Hosts;

/// <summary>
/// The real bot (its Program, configuration and pipeline) on real Kestrel at 127.0.0.1 on a free port, on a fresh
/// SQLite file in a temporary folder, seeded from the bundled announcement as a first start is. It runs in this
/// process so the runner can read the runtime's own counters (allocated bytes, JIT'd methods, CPU) around a window.
/// </summary>
public sealed class InProcessBot : WebApplicationFactory<Program>
{
    /// <param name="ledgerPath">A SQLite ledger to run on (copied, so the run leaves it as it was); null for a fresh one.</param>
    public InProcessBot(string? ledgerPath = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "rectification-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (ledgerPath is not null)
        {
            File.Copy(ledgerPath, DatabasePath);
        }

        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public string Folder { get; }

    private string DatabasePath => Path.Combine(Folder, "rectification.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public Uri MessagesUri => new(BaseAddress, LoadTarget.MessagesPath);

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in BotSettings.For(DatabasePath))
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            TemporaryFolder.TryDelete(Folder);
        }
    }
}
