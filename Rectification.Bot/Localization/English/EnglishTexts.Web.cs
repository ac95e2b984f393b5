namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string WebTitle => "Rectification assistant";

    public override string WebChatLink => "Chat";

    public override string WebChatFailed => "The chat could not start. Reload the page to try again; if it still fails, ask an administrator.";

    public override string WebStrangerTitle => "Not allowed";

    public override string WebStranger(string accountName) => $"You are signed in as {accountName}, but the rectification assistant's people directory does not have this account, so you cannot see the ledger or chat. Ask an administrator to register you (or link this account), then try again.";

    public override string LedgerLink => "Ledger";

    public override string ChartsLink => "Charts";

    public override string LedgerReadOnlyNote => "This page is read-only. Report progress in the chat, so the record stays complete.";

    public override string NumberLabel => "No.";

    public override string StatementLabel => "Finding";

    public override string StatusLabel => "Status";

    public override string OverdueLabel => "Overdue";

    public override string AnyStatus => "Any status";

    public override string AnyDepartment => "Any department";

    public override string OnlyOverdue => "Overdue only";

    public override string FilterAction => "Filter";

    public override string LedgerShown(int shown, int total) => $"Showing {shown} of {total}";

    public override string EvidenceHeading => "Evidence";

    public override string NoEvidence => "No evidence yet";

    public override string LedgerHistoryHeading => "History";

    public override string FindingNotFound(string number) => $"There is no finding {number}.";

    public override string UnknownFilter(string name, string value) => $"The filter {name}=\"{value}\" is not one this page knows.";

    public override string ChartByStatusTitle => "Findings by status";

    public override string ChartByDepartmentTitle => "Findings by responsible department";

    public override string ChartMeasuresTitle => "Measures completed per finding";

    public override string ChartCompletedMeasures => "Measures completed";

    public override string ChartOpenMeasures => "Measures open";
}
