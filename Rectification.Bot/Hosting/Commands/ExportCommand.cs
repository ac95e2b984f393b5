using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Administration;
using Rectification.Domain.Findings;
using Rectification.Domain.LedgerFiles;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Commands;

/// <summary>
/// `export --format xlsx|csv --out FILE`: writes the current round's ledger (整改台账) as a workbook with a ledger and a
/// summary sheet, or as CSV (UTF-8 with a BOM). The file appears whole or not at all: it is written beside its
/// destination first and moved into place.
/// </summary>
internal sealed class ExportCommand(LedgerDbContext ledger, CommandOutput output) : IBotCommand
{
    public string Name => "export";

    public string Usage => "export --format xlsx|csv --out <file>   write the current round's ledger (整改台账)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (Parse(arguments) is not { } request)
        {
            await output.Error.WriteLineAsync($"Usage: {Usage}");
            return ExitCodes.Usage;
        }

        var findings = await ledger.Findings.AsNoTracking().OfCurrentRound(ledger.Inspections).WithDetails().ToListAsync(cancellationToken);
        if (findings.Count == 0)
        {
            await output.Error.WriteLineAsync("The ledger holds no findings yet (the announcement is imported when the bot starts); nothing was written.");
            return ExitCodes.Refused;
        }

        var sheet = LedgerExport.LedgerSheet(findings, OfficeTimeZone.Resolve(null));
        await WriteWholeAsync(request.Path, stream => Write(stream, request.Format, sheet, findings), cancellationToken);
        await output.Out.WriteLineAsync($"Exported {sheet.Rows.Count} rows ({findings.Count} findings) to {request.Path}.");
        return ExitCodes.Success;
    }

    /// <summary>The format and destination the words give, or null when they do not say both properly.</summary>
    internal static ExportRequest? Parse(IReadOnlyList<string> arguments)
    {
        string? format = null;
        string? path = null;
        for (var i = 0; i + 1 < arguments.Count; i += 2)
        {
            switch (arguments[i])
            {
                case "--format" when format is null:
                    format = arguments[i + 1].ToLowerInvariant();
                    break;
                case "--out" when path is null:
                    path = arguments[i + 1];
                    break;
                default:
                    return null;
            }
        }

        var known = Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(format, out _);
        return arguments.Count % 2 == 0 && known && !string.IsNullOrWhiteSpace(path) ? new ExportRequest(parsed, path) : null;
    }

    private static void Write(Stream stream, ExportFormat format, LedgerSheet sheet, IReadOnlyList<Finding> findings)
    {
        switch (format)
        {
            case ExportFormat.Xlsx:
                LedgerWorkbookWriter.Write(stream, [sheet, LedgerExport.SummarySheet(findings)]);
                break;
            case ExportFormat.Csv:
                LedgerCsvWriter.Write(stream, sheet);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>Writes into a temporary file beside the destination, then moves it over: a failed export leaves nothing half-written.</summary>
    private static async Task WriteWholeAsync(string path, Action<Stream> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                write(stream);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

internal enum ExportFormat
{
    Xlsx,
    Csv,
}

internal sealed record ExportRequest(ExportFormat Format, string Path);
