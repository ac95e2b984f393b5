namespace Rectification.Bot.Localization;

/// <summary>The web pages: the chat page at /, the ledger pages under /ledger and their navigation.</summary>
public abstract partial class Texts
{
    public abstract string WebTitle { get; }

    public abstract string WebChatLink { get; }

    public abstract string WebChatFailed { get; }

    /// <summary>The title of the page an account the people directory does not have gets (403).</summary>
    public abstract string WebStrangerTitle { get; }

    /// <summary>Why a signed-in account sees nothing; whom to ask follows (<see cref="WhomToAsk"/>).</summary>
    public abstract string WebStranger(string accountName);

    public abstract string LedgerLink { get; }

    public abstract string ChartsLink { get; }

    public abstract string LedgerReadOnlyNote { get; }

    public abstract string NumberLabel { get; }

    public abstract string StatementLabel { get; }

    public abstract string StatusLabel { get; }

    public abstract string OverdueLabel { get; }

    public abstract string AnyStatus { get; }

    public abstract string AnyDepartment { get; }

    public abstract string OnlyOverdue { get; }

    public abstract string FilterAction { get; }

    public abstract string LedgerShown(int shown, int total);

    public abstract string EvidenceHeading { get; }

    public abstract string NoEvidence { get; }

    public abstract string LedgerHistoryHeading { get; }

    public abstract string FindingNotFound(string number);

    public abstract string UnknownFilter(string name, string value);

    public abstract string ChartByStatusTitle { get; }

    public abstract string ChartByDepartmentTitle { get; }

    public abstract string ChartMeasuresTitle { get; }

    public abstract string ChartCompletedMeasures { get; }

    public abstract string ChartOpenMeasures { get; }
}
