using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Localization;

internal sealed class EnglishTexts : Texts
{
    public override Language Language => Language.English;

    public override string Locale => "en-US";

    public override string FindingStatus(FindingStatus status) => status switch
    {
        Domain.Findings.FindingStatus.InProgress => "In progress",
        Domain.Findings.FindingStatus.Completed => "Completed, awaiting sign-off",
        Domain.Findings.FindingStatus.SignedOff => "Signed off",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public override string MeasureStatus(MeasureStatus status) => status switch
    {
        Domain.Findings.MeasureStatus.NotStarted => "Not started",
        Domain.Findings.MeasureStatus.InProgress => "In progress",
        Domain.Findings.MeasureStatus.Completed => "Completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    // ---- Cards ----

    public override string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string DateAndTime(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public override string FindingNumber(int number) => $"Item {number}";

    public override string FindingHeading(int number, FindingStatus status) => $"Item {number} · {FindingStatus(status)}";

    public override string MeasureNumber(int ordinal) => $"Measure {ordinal}";

    public override string MeasureChange(int ordinal, string change) => $"{MeasureNumber(ordinal)}: {change}";

    public override string MeasureStatusWithPercent(MeasureStatus status, int? percent) =>
        percent is null || status == Domain.Findings.MeasureStatus.Completed
            ? MeasureStatus(status)
            : $"{MeasureStatus(status)}, {percent}%";

    public override string MeasurePercentChange(MeasureStatus status, int before, int after) =>
        $"{MeasureStatus(status)}, {before}% → {after}%";

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
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public override string UpdatedBy(string author, string when) => $"{author}, {when}";

    public override string StatusChange(string before, string after) => $"{before} → {after}";

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

    // ---- end Cards ----

    // ---- Conversation ----

    public override string SomethingWentWrong => "Sorry, something went wrong while handling your message. Please try again later; if it keeps happening, contact an administrator.";

    public override string NumberOutOfRange(string raw, int min, int max) =>
        $"There is no finding \"{raw}\". Findings are numbered {min}–{max}, for example \"status of item {min}\".";

    public override string NoFindingsYet => "The ledger holds no findings yet. Ask an administrator to import the progress announcement.";

    public override string MessageTooLong(int length, int maxLength) =>
        $"That message is too long ({length} characters); I read at most {maxLength}. Please ask or report briefly.";

    public override string NotUnderstood => "Sorry, I didn't understand. Try \"status of item 14\", \"list open items\", or \"help\".";

    public override string SuggestionHelpTitle => "Help";

    public override string SuggestionHelpText => "help";

    public override string SuggestionOpenListTitle => "Open items";

    public override string SuggestionOpenListText => "list open items";

    public override string NothingToCancel => "Nothing is in progress, so there is nothing to cancel.";

    public override string FeatureReporting => "reporting progress and sign-off in chat";

    public override string NotYetAvailable(string feature) => $"Sorry, {feature} is not available yet. You can ask about a finding's progress, list findings and search by keyword.";

    public override string AskWhichFindingForHistory => "Which finding's history would you like? For example \"history of item 14\".";

    public override string HistoryHeading(int number, string title) => $"History of item {number}: {title}";

    // ---- end Conversation ----

    // ---- Teams channel ----

    public override string WelcomeTitle => "Hello, I'm the Rectification Bot";

    public override string WelcomeIntro =>
        "I follow the rectification of the inspection findings: each finding's measures, progress and sign-off. Ask in English or Chinese.";

    public override string WelcomeTeamIntroduction =>
        "Hello everyone, I'm the Rectification Bot: I answer questions about the rectification of the inspection findings. " +
        "@mention me with a question, for example \"status of item 14\"; say \"help\" to see what I can do.";

    // ---- end Teams channel ----

    // ---- Digest ----

    public override string DayName(DayOfWeek day) => day.ToString();

    public override string DigestSubscribed(string day, string time, string timeZone) =>
        $"Subscribed to the weekly rectification digest: every {day} at {time} ({timeZone}), in this conversation. " +
        "Send “unsubscribe” to stop, or “digest now” to see it any time.";

    public override string DigestUnsubscribed => "Unsubscribed: no more weekly digests. Send “subscribe to the weekly digest” to start again.";

    public override string DigestNotSubscribed =>
        "You are not subscribed. Send “subscribe to the weekly digest” (optionally with a time, e.g. “every Friday 17:00”).";

    public override string DigestSubscription(string day, string time, string timeZone) =>
        $"You receive the weekly digest every {day} at {time} ({timeZone}) in the conversation you subscribed from. Send “unsubscribe” to stop.";

    public override string DigestSubscriptionStopped(string day, string time, string timeZone) =>
        $"Your weekly digest (every {day} at {time}, {timeZone}) is paused: the bot can no longer write to you. Send “subscribe to the weekly digest” to resume.";

    public override string DigestLeadersOnly(string? whomToAsk) =>
        whomToAsk is null
            ? "The weekly digest is for leaders. Please ask an administrator if you need it."
            : $"The weekly digest is for leaders. Please ask an administrator if you need it: {whomToAsk}.";

    public override string DigestCannotDeliverHere =>
        "This conversation cannot receive messages from the bot later. Please chat with the bot directly in Teams and subscribe there.";

    // ---- end Digest ----
}
