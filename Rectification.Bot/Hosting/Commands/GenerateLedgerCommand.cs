using System.Diagnostics;
using System.Globalization;
using Rectification.Bot.Administration;
using Rectification.Domain.Generation;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Commands;

/// <summary>
/// `generate-ledger [--inspections 100] [--findings 1000] [--measures 4] [--progress 10] [--seed 1] [--force]`:
/// fills the configured ledger with generated rounds for measuring the bot at scale. It refuses a ledger holding
/// more than the bundled announcement (real reports, other rounds, an earlier generation) unless --force, so it is
/// pointed at a database of its own: ConnectionStrings__Rectification="Data Source=data/large.db".
/// </summary>
internal sealed class GenerateLedgerCommand(LedgerDbContext ledger, TimeProvider clock, CommandOutput output) : IBotCommand
{
    public string Name => "generate-ledger";

    public string Usage =>
        "generate-ledger [--inspections 100] [--findings 1000] [--measures 4] [--progress 10] [--seed 1] [--force]   fill an empty ledger with generated rounds (for benchmarks)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (Parse(arguments) is not { } options)
        {
            await output.Error.WriteLineAsync($"Usage: {Usage}");
            return ExitCodes.Usage;
        }

        var generator = new LedgerGenerator(ledger);
        if (!options.Force && await generator.ForeignContentsAsync(cancellationToken) is { } contents)
        {
            await output.Error.WriteLineAsync(
                $"The ledger already holds {contents}. generate-ledger writes into a ledger of its own "
                + "(ConnectionStrings__Rectification=\"Data Source=data/large.db\"); --force adds to this one. Nothing was written.");
            return ExitCodes.Refused;
        }

        var watch = Stopwatch.StartNew();
        var result = await generator.GenerateAsync(options, clock.GetUtcNow(), cancellationToken);
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {result.Inspections} inspections, {result.Findings} findings, {result.Measures} measures, {result.NextSteps} next steps and "
            + $"{result.Entries} history entries in {watch.Elapsed.TotalSeconds:F1} s; inspection {result.LastInspectionId} is the current one."));
        return ExitCodes.Success;
    }

    /// <summary>The options the words give, or null when a word is unknown, a value missing or out of range.</summary>
    internal static LedgerGenerationOptions? Parse(IReadOnlyList<string> arguments)
    {
        var options = new LedgerGenerationOptions();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--force")
            {
                options = options with { Force = true };
                continue;
            }

            if (i + 1 >= arguments.Count || !int.TryParse(arguments[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            options = arguments[i] switch
            {
                "--inspections" => options with { Inspections = value },
                "--findings" => options with { Findings = value },
                "--measures" => options with { Measures = value },
                "--progress" => options with { Progress = value },
                "--seed" => options with { Seed = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }

            i++;
        }

        try
        {
            options.Validate();
            return options;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
