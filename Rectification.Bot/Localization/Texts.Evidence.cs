using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

/// <summary>Evidence (the dialog's evidence step, evidence added to an earlier entry) and the reopen reason step.</summary>
public abstract partial class Texts
{
    /// <summary>Why an answer to "any evidence?" was not taken, saying what counts and how to skip.</summary>
    public abstract string EvidenceProblem(EvidenceProblem problem);

    /// <summary>The entry evidence was added to: "第14项第3条 2024-06-18 的进展".</summary>
    public abstract string EvidenceAdded(int finding, int? measure, string backedEntry, string evidence);

    public abstract string AskEvidenceFor(int finding, int? measure);

    public abstract string HelpStepEvidenceFor(int finding, int? measure);

    public abstract string AskWhichFindingForEvidence { get; }

    public abstract string EvidenceNotAdded { get; }

    public abstract string NoEntryToBack(int finding, int? measure);

    public abstract string AskReopenReasonStep(int finding);

    public abstract string HelpStepReopenReason(int finding);

    public abstract string ReopenReasonMissing { get; }
}
