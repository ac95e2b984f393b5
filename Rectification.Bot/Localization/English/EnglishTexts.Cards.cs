using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string DateAndTime(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public override string FindingNumber(int number) => $"Item {number}";

    public override string FindingHeading(int number, FindingStatus status) => $"Item {number} · {FindingStatus(status)}";

    public override string MeasureNumber(int ordinal) => $"Measure {ordinal}";

    public override string MeasureChange(int ordinal, string change) => $"{MeasureNumber(ordinal)}: {change}";

    public override string NextStepNumber(int ordinal) => $"Next step {ordinal}";

    public override string NextStepChange(int ordinal, string change) => $"{NextStepNumber(ordinal)}: {change}";

    public override string MeasureStatusWithPercent(MeasureStatus status, int? percent) =>
        percent is null || status == Domain.Findings.MeasureStatus.Completed
            ? MeasureStatus(status)
            : $"{MeasureStatus(status)}, {percent}%";

    public override string MeasurePercentChange(MeasureStatus status, int before, int after) =>
        $"{MeasureStatus(status)}, {StatusChange($"{before}%", $"{after}%")}";

    public override string MeasuresCompleted(int completed, int total) => $"{completed} of {total} completed";

    public override string ProgressEntryKind(ProgressEntryKind kind) => kind switch
    {
        Domain.Findings.ProgressEntryKind.Announced => "Announced",
        Domain.Findings.ProgressEntryKind.Progress => "Progress",
        Domain.Findings.ProgressEntryKind.Correction => "Correction",
        Domain.Findings.ProgressEntryKind.SignOff => "Signed off",
        Domain.Findings.ProgressEntryKind.Reopen => "Reopened",
        Domain.Findings.ProgressEntryKind.MeasureAdded => "New measure",
        Domain.Findings.ProgressEntryKind.Assignment => "Assignment",
        Domain.Findings.ProgressEntryKind.EvidenceAdded => "Evidence added",
        Domain.Findings.ProgressEntryKind.SupervisionChange => "Supervision",
        Domain.Findings.ProgressEntryKind.FollowUpCheck => "Follow-up check",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public override string UpdatedBy(string author, string when) => $"{author}, {when}";

    public override string Labelled(string label, string value) => $"{label}: {value}";

    public override string StatusChange(string before, string after) => before == after ? $"{after} (unchanged)" : $"{before} → {after}";

    public override string DepartmentLabel => "Department";

    public override string LeaderLabel => "Leader";

    public override string DeadlineLabel => "Deadline";

    public override string MeasuresProgressLabel => "Progress";

    public override string LastUpdateLabel => "Last update";

    public override string NotAssigned => "not assigned";

    public override string NoUpdatesYet => "no updates yet";

    public override string MeasuresHeading => "Measures";

    public override string NoMeasures => "No measures recorded.";

    public override string NextStepsHeading => "Next steps";

    public override string RecentHistoryHeading => "Recent history";

    public override string FindingStatusChanged(string change) => $"item status: {change}";

    public override string ReportProgressAction => "Report progress";

    public override string HistoryAction => "History";

    public override string FindingListTitle(FindingStatusFilter filter, int count) => filter switch
    {
        FindingStatusFilter.All => $"All items ({count})",
        FindingStatusFilter.Open => $"Items in progress ({count})",
        FindingStatusFilter.Completed => $"Completed items ({count})",
        FindingStatusFilter.AwaitingSignOff => $"Items awaiting sign-off ({count})",
        FindingStatusFilter.SignedOff => $"Signed-off items ({count})",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };

    public override string FindingListEmpty => "No items match.";

    public override string ChooseFinding(string? keyword, int count) =>
        string.IsNullOrWhiteSpace(keyword)
            ? "Several items match. Please choose:"
            : $"{count} items match “{keyword}”. Please choose:";

    public override string MoreMatches(int notShown) =>
        notShown == 1 ? "1 more item matches; try a more specific keyword." : $"{notShown} more items match; try a more specific keyword.";

    public override string HelpTitle => "What I can do";

    public override string HelpIntro => "Ask in English or Chinese. Item numbers can be written 14, 十四 or 第十四项.";

    public override string HelpStatusTopic => "Progress of one item";

    public override string HelpStatusExample => "status of item 14";

    public override string HelpListTopic => "List items";

    public override string HelpListExample => "list open items";

    public override string HelpKeywordTopic => "Find items by keyword (the items are in Chinese)";

    public override string HelpKeywordExample => "融资担保";

    public override string HelpReportTopic => "Report progress, or update one measure in one message (item 14, measure 3, at 80%)";

    public override string HelpReportExample => "/report 14";

    public override string HelpUpdateExample => "update 14.3: training held 80%";

    public override string HelpHelpTopic => "Show this help again";

    public override string HelpHelpExample => "help";

    public override string HelpTryLabel => "Try:";
}
