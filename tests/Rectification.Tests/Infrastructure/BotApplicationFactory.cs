using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Rectification.Bot.Security;
using Rectification.Domain.Storage.Engines;

namespace Rectification.Tests.Infrastructure;

/// <summary>
/// The real bot on real Kestrel at 127.0.0.1 (random port), on its own database (a SQLite file in a temporary
/// folder, or a PostgreSQL database of its own in the PostgreSQL pass: <see cref="TestDatabase"/>), seeded from the
/// bundled announcement exactly as a fresh start would be.
/// </summary>
public class BotApplicationFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private DatabaseEngine? _engine;
    private TestDatabase? _database;

    public BotApplicationFactory()
        : this(Path.Combine(Path.GetTempPath(), "rectification-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>A bot on an existing folder (and its database), e.g. to start the host again where another stopped.</summary>
    public BotApplicationFactory(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(Folder);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // The minute-by-minute digest and reminder job would otherwise run in every test host and could send to a
        // test's fake connector; the scheduling tests switch it on themselves.
        With("Scheduling:Enabled", "false");
        // Every host says its security mode, as the committed appsettings.json does; Production tests set theirs.
        With(SecurityOptions.ModeKey, nameof(SecurityMode.Development));
        // A test class plays one account far faster than a person types; the rate limit tests set their own limits.
        With("RateLimits:MessagesPerUser", "100000");
    }

    public string Folder { get; }

    /// <summary>Leave the folder and its database behind on dispose, for a next factory on the same folder.</summary>
    public bool KeepFolder { get; set; }

    /// <summary>The SQLite file, when the bot runs on SQLite.</summary>
    public string DatabasePath => Path.Combine(Folder, "rectification.db");

    /// <summary>The database this bot runs on; made on first use, so a test may still pin the engine before.</summary>
    public TestDatabase Database => _database ??= TestDatabase.For(Folder, DatabasePath, engine: _engine);

    /// <summary>Runs on SQLite whatever the test run's engine: for what only SQLite has (its file, its pragmas).</summary>
    public BotApplicationFactory OnSqlite()
    {
        _engine = new SqliteEngine();
        return this;
    }

    /// <summary>
    /// Security:Mode=Production with one API key, a Direct Line signing key and no web pages (WebSignIn:Enabled
    /// false; the Bot Framework settings and a web sign-in are the test's to give).
    /// </summary>
    public BotApplicationFactory InProduction(string apiKey = ProductionApiKey) =>
        With(SecurityOptions.ModeKey, nameof(SecurityMode.Production)).With("Api:Keys:0", apiKey)
            .With("DirectLine:TokenSigningKey", "production-direct-line-signing-key-0123456789").With("WebSignIn:Enabled", "false");

    public const string ProductionApiKey = "integration-key";

    /// <summary>Configuration the bot sees on top of appsettings.json; set before the first request.</summary>
    public BotApplicationFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.HostSettings())
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (!KeepFolder)
            {
                _database?.Drop();
                TryDeleteFolder();
            }
            else
            {
                // Pooled connections would keep the file or the database busy for the next host.
                _database?.ReleaseConnections();
            }
        }
    }

    private void TryDeleteFolder()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail a test; the temp folder is cleaned by the OS later.
        }
    }
}
