using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Rectification.LoadRunner.Load;
using Rectification.LoadRunner.Reporting;

namespace Rectification.LoadRunner.Hosts;

/// <summary>
/// Starts the built bot (the Rectification.Bot.dll beside the runner, Release when the runner is) as its own process
/// on a fresh database and a free loopback port, asks until the first answer, then times the first questions one by one.
/// </summary>
public static class StartupProbe
{
    public const int QuestionCount = 100;

    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public static async Task<StartupFigures> MeasureAsync(string runId, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rectification-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreeLoopbackPort();
        var messages = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}{LoadTarget.MessagesPath}");
        var template = TeamsActivityBodies.Template(Scenario.Status.Text);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var questions = new Questions(client);
        using var bot = Start(folder, port);
        try
        {
            var started = Stopwatch.StartNew();
            TimeSpan? first = null;
            for (var attempt = 0; first is null; attempt++)
            {
                if (started.Elapsed > GiveUpAfter || bot.HasExited)
                {
                    throw new InvalidOperationException($"The bot gave no answer within {GiveUpAfter.TotalSeconds} s (exited: {bot.HasExited}).");
                }

                first = await questions.TryTimeAsync(messages, template, $"{runId}-start-{attempt}", cancellationToken);
                if (first is null)
                {
                    await Task.Delay(10, cancellationToken);
                }
            }

            var toFirstAnswer = started.Elapsed;
            var cpuToFirstAnswer = CpuOf(bot);
            var total = first.Value;
            for (var i = 1; i < QuestionCount; i++)
            {
                total += await questions.TryTimeAsync(messages, template, $"{runId}-first-{i}", cancellationToken)
                    ?? throw new InvalidOperationException($"Question {i + 1} after start was not answered.");
            }

            return new StartupFigures(toFirstAnswer.TotalMilliseconds, first.Value.TotalMilliseconds, QuestionCount, total.TotalMilliseconds / QuestionCount)
            {
                CpuToFirstAnswerMilliseconds = cpuToFirstAnswer,
                CpuOfFirstQuestionsMilliseconds = CpuOf(bot) - cpuToFirstAnswer,
            };
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync(CancellationToken.None);
            TemporaryFolder.TryDelete(folder);
        }
    }

    /// <summary>The bot process's CPU so far (user and system, all threads): on a shared machine, what start-up costs
    /// whatever else runs, where the wall-clock time also measures the neighbours.</summary>
    private static double CpuOf(Process bot)
    {
        bot.Refresh();
        return bot.TotalProcessorTime.TotalMilliseconds;
    }

    /// <summary>
    /// The bot as its own build left it (in Release: ReadyToRun, for this machine's runtime), not the copy beside the
    /// runner, whose native SQLite library sits where only the runner's own dependency list finds it.
    /// </summary>
    private static string BuiltBotDll()
    {
        var runnerFolder = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = runnerFolder.Parent?.Name ?? "Release";
        for (var folder = runnerFolder; folder is not null; folder = folder.Parent)
        {
            var dll = Path.Combine(folder.FullName, "Rectification.Bot", "bin", configuration, "net10.0", "Rectification.Bot.dll");
            if (File.Exists(Path.Combine(folder.FullName, "Rectification.sln")) && File.Exists(dll))
            {
                return dll;
            }
        }

        throw new InvalidOperationException($"Build the bot first: dotnet build -c {configuration} Rectification.Bot");
    }

    private static Process Start(string folder, int port)
    {
        var botDll = BuiltBotDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(botDll);
        start.Environment["Urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in BotSettings.For(Path.Combine(folder, "rectification.db")))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot did not start.");
        // Drained so a chatty start-up cannot block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
