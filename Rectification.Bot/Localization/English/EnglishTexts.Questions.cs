using System.Globalization;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string DueOn(string date) => $"due {date}";

    public override string DepartmentFindingsTitle(string department, int count) => $"Items of {department} ({count})";

    public override string MyToDoTitle(string department, int count) => $"My to-do · {department} ({count})";

    public override string StatusCounts(int inProgress, int awaitingSignOff, int signedOff) =>
        $"{inProgress} in progress · {awaitingSignOff} awaiting sign-off · {signedOff} signed off";

    public override string ToDoEmpty(string department) => $"Every item of {department} is completed: nothing is in progress.";

    public override string DepartmentHasNoFindings(string department, IReadOnlyList<string> known) => known.Count == 0
        ? $"No item is assigned to {department}: no item has a responsible department yet; an administrator assigns them."
        : $"No item is assigned to {department}. Departments with items: {string.Join(", ", known)}.";

    public override string AskerUnknown => "I don't know you yet, so I can't tell which items are yours: an administrator needs to register you with your department.";

    public override string AskerWithoutDepartment(string name) => $"{name}, your registration names no department, so I can't tell which items are yours: an administrator needs to set it.";

    public override string AskerCanStillList => "You can still ask \"list open items\" to see them all.";

    public override string OverallTitle => "Overall progress";

    public override string FindingsCompletedShare(int completed, int total) => $"{completed} of {total} items completed (signed off included)";

    public override string FindingsTotalLabel => "Items";

    public override string InProgressWithReopened(int inProgress, int reopened) =>
        reopened == 0 ? inProgress.ToString(CultureInfo.InvariantCulture) : $"{inProgress} ({reopened} reopened)";

    public override string MeasuresLabel => "Measures";

    public override string MeasuresDoneShare(int completed, int total, int percent) => $"{completed} of {total} completed ({percent}%)";

    public override (string Title, string Text) OpenListButton => ("Items in progress", "list open items");

    public override (string Title, string Text) AwaitingSignOffButton => ("Awaiting sign-off", "which items are awaiting sign-off");

    public override (string Title, string Text) WeekChangesButton => ("This week's changes", "what changed this week");

    public override string WeekChangesTitle(DateOnly monday, int findings, int entries) =>
        $"This week's changes (since Monday {monday.ToString("MMM d", CultureInfo.InvariantCulture)}): {Count(findings, "item", "items")}, {Count(entries, "entry", "entries")}";

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    public override string WeekChangesNone(DateOnly monday) =>
        $"Nothing was recorded this week (since Monday {monday.ToString("MMM d", CultureInfo.InvariantCulture)}): no item changed.";
}
