using Rectification.Domain.Supervision;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string SupervisionColourName(SupervisionColour colour) => colour switch
    {
        SupervisionColour.Blue => "Blue: due soon",
        SupervisionColour.Yellow => "Yellow: overdue",
        SupervisionColour.Red => "Red: escalated",
        _ => "Not supervised",
    };

    public override string SupervisionLabel => "Supervision";

    public override string SupervisionReopened => "reopened";

    public override string DueToday => "due today";

    public override string WorkingDaysLeft(int days) => days == 1 ? "1 working day left" : $"{days} working days left";

    public override string WorkingDaysOverdue(int days) => days == 1 ? "1 working day overdue" : $"{days} working days overdue";

    public override string SupervisionListTitle(SupervisionFilter scope, int? workingDays, int count) => scope switch
    {
        SupervisionFilter.Ladder => $"Supervision list ({count})",
        SupervisionFilter.Overdue => $"Overdue items ({count})",
        SupervisionFilter.Red => $"Red items ({count})",
        SupervisionFilter.Yellow => $"Yellow items ({count})",
        SupervisionFilter.Blue => $"Items due soon ({count})",
        SupervisionFilter.DueWithin => $"Due within {workingDays} working {(workingDays == 1 ? "day" : "days")}, overdue included ({count})",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public override string SupervisionLegend(int blueWithin, int redAfter) =>
        $"Counted in working days (public holidays skipped, make-up working days counted): blue is due within {blueWithin}, yellow is overdue, red is more than {redAfter} overdue or reopened.";

    protected override string SupervisionCount(string name, int count) => $"{name} ({count})";

    public override string SupervisionListEmpty(SupervisionFilter scope, int? workingDays) => scope switch
    {
        SupervisionFilter.Ladder => "The supervision list is empty: no item in progress is overdue or due soon.",
        SupervisionFilter.Overdue => "No item is overdue.",
        SupervisionFilter.Red => "No item is red.",
        SupervisionFilter.Yellow => "No item is yellow.",
        SupervisionFilter.Blue => "No item is due soon.",
        SupervisionFilter.DueWithin => $"No item in progress is due within {workingDays} working {(workingDays == 1 ? "day" : "days")} or overdue.",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };
}
