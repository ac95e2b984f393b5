using Rectification.Domain.Progress;
using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

/// <summary>Reporting (dialogs, one-message updates, the progress form, sign-off; Conversation/Dialogs, Conversation/Reporting, Cards/Reporting).</summary>
public abstract partial class Texts
{
    public abstract string DialogExpired { get; }

    public abstract string DialogMovedMeanwhile { get; }

    public abstract string DialogCancelled { get; }

    public abstract string DialogAtFirstStep { get; }

    public abstract string DialogGaveUp { get; }

    public abstract string DialogResumes { get; }

    public abstract string AskFinding(int min, int max);

    public abstract string NotAFindingNumber { get; }

    public abstract string AskMeasure(int finding, string title);

    public abstract string WholeFindingChoice { get; }

    public abstract string NewMeasureChoice { get; }

    public abstract string NotAMeasure(int count);

    public abstract string AskNewMeasureText { get; }

    /// <summary>Asks for the new status; <paramref name="current"/> is the measure's present one, if known.</summary>
    public abstract string AskStatus(string? current);

    public abstract string NotAStatus { get; }

    public abstract string AskDescription(int maxLength);

    public abstract string DescriptionTooLong(int length, int maxLength);

    public abstract string AskEvidence { get; }

    public abstract string NoEvidenceChoice { get; }

    public abstract string AnswerYesOrNo { get; }

    public abstract string NewMeasureBefore { get; }

    public abstract string HelpStepFinding { get; }

    public abstract string HelpStepMeasure { get; }

    public abstract string HelpStepNewMeasure { get; }

    public abstract string HelpStepStatus { get; }

    public abstract string HelpStepDescription(int maxLength);

    public abstract string HelpStepEvidence { get; }

    public abstract string HelpStepConfirm { get; }

    public abstract string ReportProblem(ReportProblem problem);

    public abstract string ReportProblemRequiredDescription { get; }

    /// <summary>Saved: 已记录第14项的进展：措施3：推进中→已完成.</summary>
    public abstract string ProgressSaved(int finding, ProgressEntryKind kind, string change);

    public abstract string RuleBroken(FindingRuleException rule);

    public abstract string ChangedMeanwhile(int finding);

    public abstract string Refusal(RefusalReason reason);

    /// <summary>Whom to ask, by name; with no names, the role.</summary>
    public abstract string WhomToAsk(PersonRole role, IReadOnlyList<string> names);

    public abstract string AskWhichFindingToSignOff { get; }

    public abstract string AskWhichFindingToReopen { get; }

    public abstract string AskReopenReason(int finding);

    public abstract string ConfirmTitle { get; }

    public abstract string SavedTitle { get; }

    public abstract string ConfirmSubjectLabel { get; }

    public abstract string ConfirmBeforeLabel { get; }

    public abstract string ConfirmAfterLabel { get; }

    public abstract string ConfirmDescriptionLabel { get; }

    public abstract string ConfirmEvidenceLabel { get; }

    public abstract string ConfirmAction { get; }

    public abstract string CancelAction { get; }

    /// <summary>The word the confirm button sends as if typed.</summary>
    public abstract string ConfirmWord { get; }

    /// <summary>The word the cancel button sends as if typed (one the cancel intent knows).</summary>
    public abstract string CancelWord { get; }

    public abstract string FormTitle(int finding);

    public abstract string FormMeasureLabel { get; }

    public abstract string FormStatusLabel { get; }

    public abstract string FormPercentLabel { get; }

    public abstract string FormDescriptionLabel { get; }

    public abstract string FormEvidenceLabel { get; }

    public abstract string FormSubmitAction { get; }

    public abstract string AdminUsage { get; }

    public abstract string RoleName(PersonRole role);

    public abstract string AdminPeopleHeading(int count);

    public string AdminPersonLine(string id, string name, PersonRole role, string? department, bool departmentHead = false) =>
        $"• {name} ({id}) · {RoleName(role)}" + (department is null ? string.Empty : " · " + department) + (departmentHead ? " · " + DepartmentHeadMark : string.Empty);

    public abstract string AdminPersonChange(PersonChangeKind kind, string id, string name, PersonRole? role, string? department);

    public abstract string AdminAssigned(int finding, string? department, string? leader, Deadline? deadline);

    public abstract string AdminMeasureDeadlineSet(int finding, int measure, Deadline deadline);

    /// <summary>Marks a history entry a later correction superseded.</summary>
    public abstract string SupersededEntry { get; }

    /// <summary>A new report or update arrived mid-dialog: the unfinished one is dropped.</summary>
    public abstract string DialogReplaced { get; }

    public abstract string FormMeasureRequired { get; }
}
