using System.Text.Json;
using Rectification.LoadRunner.LargeLedger;
using Rectification.LoadRunner.Reporting;
using Rectification.LoadRunner.Soak;
using Rectification.LoadRunner.Startup;

namespace Rectification.LoadRunner;

/// <summary>The command: parse, run, print the table, write the JSON; exit 1 when a window had errors.</summary>
public static class LoadRunnerCommand
{
    public static async Task<int> Main(string[] args)
    {
        LoadRunOptions options;
        try
        {
            options = LoadRunOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine(LoadRunOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        if (options.Soak is not null)
        {
            return await SoakCommand.RunAsync(options, cancel.Token);
        }

        if (options is { DigestOnly: true, LargeLedgerPath: { } ledger })
        {
            return await DigestOnlyCommand.RunAsync(ledger, cancel.Token);
        }

        if (options.StartupOnly is { } times)
        {
            return await StartupOnlyCommand.RunAsync(times, options.JsonPath, cancel.Token);
        }

        var report = await new LoadRun(options, Console.Error).RunAsync(cancel.Token);
        ReportTable.Write(report, Console.Out);
        if (options.JsonPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, ReportJson.Options));
            Console.WriteLine($"JSON: {Path.GetFullPath(path)}");
        }

        return report.Windows.Any(w => w.Errors > 0) ? 1 : 0;
    }
}
