using System.Globalization;
using Rectification.Bot.Administration;
using Rectification.Domain.LedgerFiles;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Commands;

/// <summary>
/// `import-ledger FILE [--dry-run]`: sets the owners, leaders, deadlines and categories a ledger file (.xlsx or .csv,
/// as `export` writes it) gives. Every problem is reported by row and column; a file with any problem changes nothing,
/// and --dry-run only reports.
/// </summary>
internal sealed class ImportLedgerCommand(LedgerDbContext ledger, TimeProvider clock, CommandOutput output) : IBotCommand
{
    public string Name => "import-ledger";

    public string Usage => "import-ledger <file.xlsx|file.csv> [--dry-run]   set owners, leaders, deadlines and categories from a ledger file";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var dryRun = arguments.Contains("--dry-run");
        var files = arguments.Where(a => a != "--dry-run").ToList();
        if (files.Count != 1 || files[0].StartsWith("--", StringComparison.Ordinal))
        {
            await output.Error.WriteLineAsync($"Usage: {Usage}");
            return ExitCodes.Usage;
        }

        if (!File.Exists(files[0]))
        {
            await output.Error.WriteLineAsync($"There is no file {files[0]}. Nothing was imported.");
            return ExitCodes.Refused;
        }

        LedgerFileTable table;
        try
        {
            table = LedgerFileReader.Read(files[0]);
        }
        catch (LedgerFileShapeException error)
        {
            await output.Error.WriteLineAsync($"{error.Message} Nothing was imported.");
            return ExitCodes.Refused;
        }

        var result = await new LedgerImporter(ledger).ImportAsync(table, files[0], clock.GetUtcNow().UtcDateTime, dryRun, cancellationToken);
        return await ReportAsync(files[0], result);
    }

    private async Task<int> ReportAsync(string file, LedgerImportResult result)
    {
        foreach (var problem in result.Plan.Problems)
        {
            await output.Error.WriteLineAsync($"{Path.GetFileName(file)}: {problem}");
        }

        foreach (var change in result.Plan.Changes)
        {
            await output.Out.WriteLineAsync($"  finding {change.FindingNumber.ToString(CultureInfo.InvariantCulture)}: {Describe(change)}");
        }

        var count = result.Plan.Changes.Count.ToString(CultureInfo.InvariantCulture);
        switch (result.Outcome)
        {
            case LedgerImportOutcome.Refused:
                await output.Error.WriteLineAsync($"{result.Plan.Problems.Count.ToString(CultureInfo.InvariantCulture)} problems; nothing was imported.");
                return ExitCodes.Refused;
            case LedgerImportOutcome.ChangedMeanwhile:
                await output.Error.WriteLineAsync("The ledger changed while the file was applied; nothing was imported, try again.");
                return ExitCodes.Refused;
            case LedgerImportOutcome.Checked:
                await output.Out.WriteLineAsync(result.Plan.Changes.Count == 0
                    ? "No problems; the file changes nothing."
                    : $"No problems; {count} findings would change (dry run, nothing was written).");
                return ExitCodes.Success;
            default:
                await output.Out.WriteLineAsync($"Imported {Path.GetFileName(file)}: {count} findings changed, each recorded in its history.");
                return ExitCodes.Success;
        }
    }

    private static string Describe(LedgerAssignmentChange change) => string.Join(", ", new[]
    {
        change.Category is null ? null : $"{LedgerColumns.Category} {change.Category}",
        change.Leader is null ? null : $"{LedgerColumns.Leader} {change.Leader}",
        change.Department is null ? null : $"{LedgerColumns.Department} {change.Department}",
        change.Deadline is null ? null : $"{LedgerColumns.Deadline} {change.Deadline.LedgerText()}",
    }.Concat(change.MeasureDeadlines.OrderBy(m => m.Key).Select(m => string.Create(CultureInfo.InvariantCulture, $"第{m.Key}条{LedgerColumns.Deadline} {m.Value.LedgerText()}")))
    .Where(part => part is not null));
}
