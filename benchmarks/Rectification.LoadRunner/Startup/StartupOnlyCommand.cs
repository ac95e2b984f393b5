using System.Globalization;
using System.Text.Json;
using Rectification.LoadRunner.Hosts;
using Rectification.LoadRunner.Reporting;

namespace Rectification.LoadRunner.Startup;

/// <summary>
/// `--startup-only [n]`: the own-process start-up measurement alone (<see cref="StartupProbe"/>), n times one after
/// the other, each on a fresh database, with the median; a few seconds each instead of a whole load run.
/// </summary>
public static class StartupOnlyCommand
{
    public static async Task<int> RunAsync(int times, string? jsonPath, CancellationToken cancellationToken)
    {
        var runId = "startup-" + Guid.NewGuid().ToString("N")[..12];
        var runs = new List<StartupFigures>();
        for (var i = 0; i < times; i++)
        {
            var figures = await StartupProbe.MeasureAsync($"{runId}-{i.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
            runs.Add(figures);
            Console.WriteLine(Line($"start-up {i + 1}", figures));
        }

        var median = new StartupFigures(
            Median(runs.Select(r => r.ProcessStartToFirstAnswerMilliseconds)),
            Median(runs.Select(r => r.FirstAnswerMilliseconds)),
            StartupProbe.QuestionCount,
            Median(runs.Select(r => r.AverageOfFirstQuestionsMilliseconds)))
        {
            CpuToFirstAnswerMilliseconds = Median(runs.Select(r => r.CpuToFirstAnswerMilliseconds ?? 0)),
            CpuOfFirstQuestionsMilliseconds = Median(runs.Select(r => r.CpuOfFirstQuestionsMilliseconds ?? 0)),
        };
        Console.WriteLine(Line($"median of {times}", median) + " (targets: ≤ 2,000 ms and ≤ 5 ms)");
        if (jsonPath is not null)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(new { runs, median }, ReportJson.Options), cancellationToken);
        }

        return 0;
    }

    private static string Line(string label, StartupFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"{label}: process start → first answered question {f.ProcessStartToFirstAnswerMilliseconds:0} ms (that question {f.FirstAnswerMilliseconds:0.0} ms); first {f.Questions} questions average {f.AverageOfFirstQuestionsMilliseconds:0.00} ms; bot CPU to the first answer {f.CpuToFirstAnswerMilliseconds:0} ms, over the other {f.Questions - 1} {f.CpuOfFirstQuestionsMilliseconds:0} ms");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
