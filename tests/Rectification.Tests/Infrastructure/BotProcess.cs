using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Rectification.Tests.Infrastructure;

/// <summary>
/// The bot as an operator starts it: its own process (`dotnet Rectification.Bot.dll`), its own working folder and
/// database, configured only through the command line and environment variables. For what only a real process
/// shows: which addresses the host takes, how it exits, what it prints, how it stops on SIGTERM.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly string[] InheritedAddressVariables = ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "URLS", "HTTP_PORTS", "HTTPS_PORTS"];

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TestDatabase _database;

    private readonly bool _ownsFolder;

    private BotProcess(Process process, string folder, TestDatabase database, bool ownsFolder)
    {
        _process = process;
        Folder = folder;
        _database = database;
        _ownsFolder = ownsFolder;
    }

    public string Folder { get; }

    /// <summary>The process's database, to read what it left behind.</summary>
    public TestDatabase Database => _database;

    /// <summary>Everything the process wrote to standard output and standard error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A TCP port free on loopback a moment ago, for a test to give the bot.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <param name="arguments">The bot's command line.</param>
    /// <param name="environment">Variables on top of the test database's settings (null removes one).</param>
    /// <param name="prepare">Runs on the working folder before the start, e.g. to write an appsettings.json there.</param>
    /// <param name="folder">A working folder (and so a database) to start in again; the caller then removes it.</param>
    public static BotProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, Action<string>? prepare = null, string? folder = null)
    {
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("rectification-process-").FullName;
        prepare?.Invoke(folder);
        var database = TestDatabase.For(folder, Path.Combine(folder, "rectification.db"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Rectification.Bot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in InheritedAddressVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Scheduling__Enabled"] = "false";
        start.Environment["Security__Mode"] = "Development";
        foreach (var (key, value) in database.HostSettings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new BotProcess(process, folder, database, ownsFolder);
        process.OutputDataReceived += (_, line) => bot.Read(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Read(line.Data);
        process.Exited += (_, _) => bot._listening.TrySetException(new InvalidOperationException($"The bot exited before it listened:\n{bot.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>The first address Kestrel says it listens on ("Now listening on: …").</summary>
    public Task<string> ListeningAsync() => _listening.Task.WaitAsync(StartTimeout);

    /// <summary>Waits for the process to end by itself; its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a power cut or the OOM killer ends it; waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>SIGTERM, as a container runtime or systemd stops a service; then waits for the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        return await ExitCodeAsync();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        const string listening = "Now listening on: ";
        var at = line.IndexOf(listening, StringComparison.Ordinal);
        if (at >= 0)
        {
            _listening.TrySetResult(line[(at + listening.Length)..].Trim());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (!_ownsFolder)
        {
            _database.ReleaseConnections();
            return;
        }

        _database.Drop();
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
