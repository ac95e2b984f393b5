namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string LedgerFileName(DateOnly day) => $"rectification-ledger-{day:yyyy-MM-dd}.xlsx";

    public override string ChartFileName(DateOnly day) => $"rectification-progress-{day:yyyy-MM-dd}.png";

    public override string LedgerExported(int findings, int rows) =>
        $"The rectification ledger (整改台账) is attached: {findings} findings in {rows} rows (next steps included), with a summary sheet.";

    public override string LedgerExportLeadersOnly => "Exporting the rectification ledger is for leaders and admins only.";

    public override string LedgerFileNotHere =>
        "This channel cannot receive files. Say \"export ledger\" in Telegram or in the web chat, or run export --format xlsx --out ledger.xlsx on the server; the ledger can also be read on the web at /ledger.";

    public override string LedgerFilePersonalChatOnly =>
        "Teams takes files from the bot only in a personal chat with it. Say \"export ledger\" there; the ledger can also be read on the web at /ledger.";

    public override string FileConsentNote => "If you allow it, the file is saved to your OneDrive and sent here.";

    public override string LedgerFileDeclined => "All right, no ledger this time. Say \"export ledger\" whenever you want it.";

    public override string LedgerFileUploadFailed => "The ledger could not be saved to your OneDrive. Please say \"export ledger\" again in a moment.";

    public override string ChartSent(string day) => $"Rectification progress as of {day}: findings by status, measures completed over time, by department.";

    public override string ChartNotHere => "This channel cannot show pictures. The progress charts are on the web at /ledger/charts.";

    public override string LedgerFilesEmpty => "The ledger holds no findings yet, so there is nothing to export or draw.";

    public override string ChartButtonTitle => "Progress chart";

    public override string ChartButtonText => "progress chart";

    public override string FileSavedTo(string path) => $"File saved to: {path}";
}
