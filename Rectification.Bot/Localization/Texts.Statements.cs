using Rectification.Domain.Progress;

namespace Rectification.Bot.Localization;

/// <summary>What a statement of progress made the bot ask or answer (Conversation/Understanding/Progress and its users).</summary>
public abstract partial class Texts
{
    /// <summary>Why a stated status could not be taken: two that disagree, two percentages, one over 100.</summary>
    public abstract string StatementProblem(ProgressStatementProblem problem);

    /// <summary>An update that states nothing the measure does not already say: nothing is recorded.</summary>
    public abstract string NothingNewToRecord(int finding, string measure, string status);

    /// <summary>A status given where the dialog asked what was done: taken as the status, and the question asked again.</summary>
    public abstract string StatusTakenAskDescription(string status);

    /// <summary>A status given for the finding as a whole, which has no status of its own to set.</summary>
    public abstract string NoStatusForWholeFinding { get; }

    /// <summary>The description states another status than the one chosen at the status step.</summary>
    public abstract string DescriptionDisagreesWithStatus(string chosen, string said);

    /// <summary>An incomplete update opened the dialog: the status it did state is kept and said back.</summary>
    public abstract string StatusUnderstood(string status);
}
