using System.Text.Json;
using Rectification.LoadRunner.Reporting;

namespace Rectification.LoadRunner.Soak;

/// <summary>`--soak N`: runs <see cref="SoakRun"/>, prints its table, writes --json; exit 1 when a question failed.</summary>
public static class SoakCommand
{
    public static async Task<int> RunAsync(LoadRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        Console.Error.WriteLine(SoakTable.Header);
        var report = await new SoakRun(options, Console.Error).RunAsync(cancellationToken);
        SoakTable.Write(report, Console.Out);
        if (options.JsonPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, ReportJson.Options), cancellationToken);
            Console.WriteLine($"JSON: {Path.GetFullPath(path)}");
        }

        return report.Samples[^1].Errors > 0 ? 1 : 0;
    }
}
