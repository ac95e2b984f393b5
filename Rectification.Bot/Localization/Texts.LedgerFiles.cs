namespace Rectification.Bot.Localization;

/// <summary>The ledger's files in chat: the 整改台账 workbook and the progress chart.</summary>
public abstract partial class Texts
{
    /// <summary>The workbook's file name on the day it is exported.</summary>
    public abstract string LedgerFileName(DateOnly day);

    /// <summary>The chart's file name on the day it is drawn.</summary>
    public abstract string ChartFileName(DateOnly day);

    /// <summary>Beside the attached workbook: what it holds.</summary>
    public abstract string LedgerExported(int findings, int rows);

    /// <summary>Refusal: the workbook is for leaders and admins; whom to ask follows (<see cref="WhomToAsk"/>).</summary>
    public abstract string LedgerExportLeadersOnly { get; }

    /// <summary>The channel takes no files: where else the workbook comes from.</summary>
    public abstract string LedgerFileNotHere { get; }

    /// <summary>Files reach a person here only in a one-to-one chat (Teams): ask there.</summary>
    public abstract string LedgerFilePersonalChatOnly { get; }

    /// <summary>After what the file holds, on the card asking the person's consent to put it in their files (Teams).</summary>
    public abstract string FileConsentNote { get; }

    /// <summary>The person declined the workbook.</summary>
    public abstract string LedgerFileDeclined { get; }

    /// <summary>The workbook could not be put where the person's files are; asking again starts over.</summary>
    public abstract string LedgerFileUploadFailed { get; }

    /// <summary>Beside the attached chart: what it shows, as of which day.</summary>
    public abstract string ChartSent(string day);

    /// <summary>The channel shows no pictures: where the charts are.</summary>
    public abstract string ChartNotHere { get; }

    /// <summary>The ledger holds no findings yet, so there is nothing to export or draw.</summary>
    public abstract string LedgerFilesEmpty { get; }

    /// <summary>The button that asks for the chart (in the weekly digest), and the words it sends.</summary>
    public abstract string ChartButtonTitle { get; }

    public abstract string ChartButtonText { get; }

    /// <summary>The terminal saved an attached file: where.</summary>
    public abstract string FileSavedTo(string path);
}
