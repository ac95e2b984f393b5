using System.Globalization;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string FollowUpTitle(int finding, int months) => $"Follow-up check · item {finding} ({months} months after sign-off)";

    public override string FollowUpQuestion => "Has the problem of this item come back since it was signed off?";

    public override string FollowUpLate(SupervisionColour colour, int workingDays) =>
        $"{SupervisionColourName(colour)} · the follow-up check is {workingDays} working day{(workingDays == 1 ? string.Empty : "s")} past its answer time; please answer.";

    public override string FollowUpNoteLabel => "Note (optional)";

    public override string FollowUpNoAction => "No recurrence";

    public override string FollowUpYesAction => "It came back";

    public override string FollowUpNoCommand(int finding) => $"follow-up {finding}: no recurrence";

    public override string FollowUpYesCommand(int finding) => $"follow-up {finding}: recurred";

    public override string FollowUpHowToAnswer(int finding) =>
        $"You can also reply \"follow-up {finding}: no recurrence\" or \"follow-up {finding}: recurred, because …\".";

    public override string FollowUpRecorded(int finding, int months) => $"Follow-up check of item {finding} ({months} months after sign-off) recorded: no recurrence.";

    public override string FollowUpRecurred(int finding, int recurrences) =>
        $"The follow-up check found item {finding}'s problem back (反弹回潮): it is reopened and red on the ladder ({recurrences} recurrence{(recurrences == 1 ? string.Empty : "s")} so far). Its department should rectify it again and report.";

    public override string FollowUpNotDue(int finding, DateOnly? nextDueOn) => nextDueOn is { } next
        ? $"No follow-up check of item {finding} is waiting for an answer; the next is due on {next.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}."
        : $"No follow-up check of item {finding} is waiting for an answer (only signed-off items are followed up).";

    public override string RecurrenceLine(int count) => $"Recurred {count} time{(count == 1 ? string.Empty : "s")} (found at follow-up checks)";
}
