using Rectification.Domain.Supervision;
using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Localization;

internal sealed class EnglishDigestTexts : DigestTexts
{
    public override Language Language => Language.English;

    public override string OverallHeading => "Overall progress";

    public override string NoChanges => "Nothing was recorded in this period.";

    public override string NoneInList => "None.";

    public override string DepartmentsHeading => "By responsible department";

    public override string Unassigned => "No department assigned";

    public override string NextDeadlinesHeading => "Next deadlines";

    public override string NoUpcomingDeadlines => "No upcoming deadline for findings in progress.";

    public override string Truncated =>
        "…the rest is left out to keep this message within the size a chat allows; ask “history of item N” for the full record of one item.";

    public override string Title(string weekKey, DateOnly firstDay, DateOnly lastDay) =>
        $"Rectification weekly digest · {weekKey} ({Date(firstDay, firstDay.Year != lastDay.Year)} – {Date(lastDay, true)})";

    public override string AsOf(DateTime localTime, string timeZoneId) => $"Figures as of {DateAndTime(localTime, true)} ({timeZoneId})";

    public override string FindingTotals(DigestTotals totals) =>
        $"{Count(totals.Findings, "finding", "findings")}: {Number(totals.SignedOff)} signed off, " +
        $"{Number(totals.CompletedAwaitingSignOff)} completed awaiting sign-off, {Number(totals.InProgress)} in progress";

    public override string MeasureTotals(DigestTotals totals) =>
        $"{Number(totals.MeasuresCompleted)} of {Count(totals.Measures, "measure", "measures")} completed ({totals.Percent}%)";

    public override string ChangesHeading(string weekKey, DigestChanges changes) =>
        changes.TotalCount == 0
            ? $"Changes in {weekKey}"
            : $"Changes in {weekKey}: {Count(changes.TotalCount, "entry", "entries")} on {Count(changes.FindingsChanged, "finding", "findings")}, " +
              $"{Count(changes.StatusChanges, "status change", "status changes")}";

    public override string ByKind(IEnumerable<DigestKindCount> counts) =>
        "By kind: " + string.Join(" · ", counts.Select(c => $"{EntryKind(c.Kind)} {Number(c.Count)}"));

    public override string EntryKind(ProgressEntryKind kind) => kind switch
    {
        ProgressEntryKind.Announced => "Announcement",
        ProgressEntryKind.Progress => "Progress",
        ProgressEntryKind.Correction => "Correction",
        ProgressEntryKind.SignOff => "Sign-off",
        ProgressEntryKind.Reopen => "Reopened",
        ProgressEntryKind.MeasureAdded => "New measure",
        ProgressEntryKind.Assignment => "Assignment",
        ProgressEntryKind.EvidenceAdded => "Evidence added",
        ProgressEntryKind.SupervisionChange => "Supervision",
        ProgressEntryKind.FollowUpCheck => "Follow-up check",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public override string Item(int number, string title) => $"Item {number} “{title}”";

    public override string MeasureChange(int ordinal, string status, string? percent) =>
        percent is null ? $"measure {ordinal}: {status}" : $"measure {ordinal}: {status}, {percent}";

    public override string FindingStatusChange(string change) => $"item: {change}";

    public override string RecordedBy(string name) => $"by {name}";

    public override string MoreChanges(int omitted) =>
        $"…and {Number(omitted)} more; ask “history of item N” for the full record of one item.";

    public override string OverdueHeading(int count) => $"Overdue ({Number(count)})";

    public override string DueSoonHeading(int days, int count) => $"Due within {Count(days, "day", "days")} ({Number(count)})";

    public override string StalledHeading(int days, int count) => $"Stalled: no entry for {Count(days, "day", "days")} or more ({Number(count)})";

    public override string Overdue(string deadline, int daysOverdue) => $"due {deadline}, {Count(daysOverdue, "working day", "working days")} overdue";

    public override string DueSoon(string deadline, int daysLeft) =>
        daysLeft == 0 ? $"due {deadline}, today" : $"due {deadline}, in {Count(daysLeft, "day", "days")}";

    public override string ReviewDue(string reviewDate, int daysLeft) =>
        daysLeft switch
        {
            0 => $"ongoing, review due today ({reviewDate})",
            < 0 => $"ongoing, review was due {reviewDate}, {Count(-daysLeft, "day", "days")} ago",
            _ => $"ongoing, review {reviewDate}, in {Count(daysLeft, "day", "days")}",
        };

    public override string SinceLastEntry(int? days, string? lastDate) =>
        days is null ? "nothing recorded yet" : $"no entry for {Count(days.Value, "day", "days")} (last: {lastDate})";

    public override string MoreFindings(int omitted) => $"…and {Number(omitted)} more.";

    public override string DepartmentRow(string department, DigestDepartmentRow row) =>
        $"{department}: {Count(row.Findings, "finding", "findings")} · {Number(row.InProgress)} in progress · " +
        $"{Number(row.CompletedAwaitingSignOff)} completed awaiting sign-off · {Number(row.SignedOff)} signed off · {Number(row.Overdue)} overdue";

    public override string DeadlineLine(string date, int daysLeft, IReadOnlyList<int> findingNumbers)
    {
        var when = daysLeft switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => $"in {Number(daysLeft)} days",
        };
        var items = findingNumbers.Count == 1 ? "item" : "items";
        return $"{date} ({when}): {items} {string.Join(", ", findingNumbers)}";
    }

    public override string OpenItem(int number) => $"Open item {number}";

    public override string Reminder(int number, string details) =>
        $"Reminder: {details}. Please report the latest progress on item {number} (for example “/report {number}”).";

    public override string Date(DateOnly date, bool withYear) =>
        date.ToString(withYear ? "d MMM yyyy" : "d MMM", CultureInfo.InvariantCulture);

    private static string Count(int count, string one, string many) => $"{Number(count)} {(count == 1 ? one : many)}";

    public override string SupervisionHeading => "Supervision";

    public override string NoSupervision => "No finding in progress is overdue, due soon or reopened.";

    public override string ColourLine(SupervisionColour colour, IReadOnlyList<int> numbers) =>
        $"{Texts.English.SupervisionColourName(colour)} ({numbers.Count}): item{(numbers.Count == 1 ? string.Empty : "s")} {string.Join(", ", numbers)}";

    public override string RecurrencesLine(IReadOnlyList<DigestRecurrence> recurrences) =>
        "Recurred (found at follow-up checks): " + string.Join(", ", recurrences.Select(r => $"item {r.FindingNumber} ({r.Count} time{(r.Count == 1 ? string.Empty : "s")})"));

    public override string AccountabilityLine(string leaderName, IReadOnlyList<int> numbers) =>
        $"{leaderName} is the responsible leader of item{(numbers.Count == 1 ? string.Empty : "s")} {string.Join(", ", numbers)}; they come first in every part.";
}
