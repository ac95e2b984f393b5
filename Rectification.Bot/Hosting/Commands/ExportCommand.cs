using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Administration;
using Rectification.Bot.Charts;
using Rectification.Domain.Findings;
using Rectification.Domain.LedgerFiles;
using Rectification.Domain.Publishing;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Commands;

/// <summary>
/// `export --format xlsx|csv|md|txt|docx|png --out FILE [--language zh|en]`: writes the current round's ledger (整改台账) as a
/// workbook with a ledger and a summary sheet, or as CSV (UTF-8 with a BOM); or the progress announcement regenerated
/// from the ledger as Markdown, plain text or a Word document; or the progress charts as a PNG. The file appears whole or not at all: it is written beside its
/// destination first and moved into place.
/// </summary>
internal sealed class ExportCommand(LedgerDbContext ledger, TimeProvider clock, CommandOutput output) : IBotCommand
{
    public string Name => "export";

    public string Usage => "export --format xlsx|csv|md|txt|docx|png --out <file> [--language zh|en]   write the current round's ledger (整改台账), its regenerated announcement or its progress charts";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (Parse(arguments) is not { } request)
        {
            await output.Error.WriteLineAsync($"Usage: {Usage}");
            return ExitCodes.Usage;
        }

        var inspection = await ledger.Inspections.AsNoTracking().LatestFirst().FirstOrDefaultAsync(cancellationToken);
        var findings = await ledger.Findings.AsNoTracking().OfCurrentRound(ledger.Inspections).WithDetails().ToListAsync(cancellationToken);
        if (inspection is null || findings.Count == 0)
        {
            await output.Error.WriteLineAsync("The ledger holds no findings yet (the announcement is imported when the bot starts); nothing was written.");
            return ExitCodes.Refused;
        }

        var zone = OfficeTimeZone.Resolve(null);
        var sheet = LedgerExport.LedgerSheet(findings, zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var announcement = AnnouncementBuilder.Build(inspection, findings, request.Template, today);
        var charts = ProgressChartData.From(findings, inspection.AnnouncementDate, today);
        await WriteWholeAsync(request.Path, stream => Write(stream, request.Format, sheet, findings, announcement, charts), cancellationToken);
        await output.Out.WriteLineAsync(request.Format is ExportFormat.Xlsx or ExportFormat.Csv
            ? $"Exported {sheet.Rows.Count} rows ({findings.Count} findings) to {request.Path}."
            : $"Exported the {(request.Format == ExportFormat.Png ? "progress charts" : "announcement")} ({findings.Count} findings) to {request.Path}.");
        return ExitCodes.Success;
    }

    /// <summary>The format and destination the words give, or null when they do not say both properly.</summary>
    internal static ExportRequest? Parse(IReadOnlyList<string> arguments)
    {
        string? format = null;
        string? path = null;
        string? language = null;
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
                case "--language" when language is null:
                    language = arguments[i + 1].ToLowerInvariant();
                    break;
                default:
                    return null;
            }
        }

        var known = Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(format, out _);
        IAnnouncementTemplate? template = language switch
        {
            null or "zh" => AnnouncementTemplates.Chinese,
            "en" => AnnouncementTemplates.English,
            _ => null,
        };
        return arguments.Count % 2 == 0 && known && template is not null && !string.IsNullOrWhiteSpace(path) ? new ExportRequest(parsed, path, template) : null;
    }

    private static void Write(Stream stream, ExportFormat format, LedgerSheet sheet, IReadOnlyList<Finding> findings, AnnouncementDocument announcement, ProgressChartData charts)
    {
        switch (format)
        {
            case ExportFormat.Xlsx:
                LedgerWorkbookWriter.Write(stream, [sheet, LedgerExport.SummarySheet(findings)]);
                break;
            case ExportFormat.Csv:
                LedgerCsvWriter.Write(stream, sheet);
                break;
            case ExportFormat.Md:
                WriteText(stream, AnnouncementRenderer.Markdown(announcement));
                break;
            case ExportFormat.Txt:
                WriteText(stream, AnnouncementRenderer.PlainText(announcement));
                break;
            case ExportFormat.Docx:
                AnnouncementDocxWriter.Write(stream, announcement);
                break;
            case ExportFormat.Png:
                stream.Write(ProgressChartRenderer.Png(charts));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>UTF-8 without a byte-order mark, as the published text and Markdown tools expect.</summary>
    private static void WriteText(Stream stream, string text)
    {
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        stream.Write(bytes);
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
    Md,
    Txt,
    Docx,
    Png,
}

internal sealed record ExportRequest(ExportFormat Format, string Path, IAnnouncementTemplate Template);
