using Rectification.Domain.Progress;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string StatementProblem(ProgressStatementProblem problem) => problem switch
    {
        ProgressStatementProblem.Contradictory => "The status is said two ways that disagree (say, \"done\" and \"in progress\", or \"not started\" with progress). Please say once more where the measure stands.",
        ProgressStatementProblem.TwoPercentages => "The message has two different percentages. Please give just one.",
        ProgressStatementProblem.PercentOutOfRange => "The percentage must be a whole number from 0 to 100.",
        _ => string.Empty,
    };

    public override string NothingNewToRecord(int finding, string measure, string status) =>
        $"Item {finding}, {measure} is already \"{status}\" and the message adds nothing new, so nothing was recorded. To record progress, say what was done.";

    public override string StatusTakenAskDescription(string status) =>
        $"OK, the status is now \"{status}\".";

    public override string NoStatusForWholeFinding =>
        "Progress on the item as a whole has no status of its own (the item's status follows its measures). Please say what was done; to change a measure's status, say \"back\" and choose the measure.";

    public override string DescriptionDisagreesWithStatus(string chosen, string said) =>
        $"You chose the status \"{chosen}\", but this says \"{said}\". Please say only what was done; to change the status, say \"back\".";

    public override string StatusUnderstood(string status) => $"Noted the status \"{status}\"; a little more is needed.";
}
