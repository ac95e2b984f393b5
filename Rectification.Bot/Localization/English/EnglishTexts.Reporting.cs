using Rectification.Domain.Progress;
using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string DialogExpired => "Your unfinished progress report timed out, and nothing was saved. To report, start again, e.g. \"report progress on item 14\".";

    public override string DialogMovedMeanwhile => "Your previous message is still being handled; please answer again in a moment.";

    public override string DialogCancelled => "Cancelled. Nothing was saved.";

    public override string DialogAtFirstStep => "This is already the first step.";

    public override string DialogGaveUp => "I couldn't use the answers, so I stopped this report; nothing was saved. You can start again any time, e.g. \"report progress on item 14\".";

    public override string DialogResumes => "Back to where we were:";

    public override string AskFinding(int min, int max) => $"Which item would you like to report on? Reply with its number ({min}–{max}), e.g. \"14\".";

    public override string NotAFindingNumber => "Please reply with an item number, e.g. \"14\".";

    public override string AskMeasure(int finding, string title) => $"Item {finding}: {title}\nWhich measure? Reply with its number, or \"next step 1\" and so on for a next step, or \"whole\" for the item as a whole, or \"new\" for a measure the announcement does not list.";

    public override string WholeFindingChoice => "whole";

    public override string NewMeasureChoice => "new";

    public override string NotAMeasure(int count) => count == 0
        ? "This item lists no measures; reply \"whole\" or \"new\"."
        : $"Please reply with a measure number (1–{count}), \"whole\" or \"new\".";

    public override string AskNewMeasureText => "What is the new measure? Please write it in one sentence.";

    public override string AskStatus(string? current) => current is null
        ? "What is its status now? Reply \"not started\", \"in progress\" or \"completed\", optionally with a percentage, e.g. \"in progress 60%\"."
        : $"It is \"{current}\" now. What is the new status? Reply \"not started\", \"in progress\" or \"completed\", optionally with a percentage, e.g. \"in progress 60%\".";

    public override string NotAStatus => "I didn't understand that status. Reply \"not started\", \"in progress\" or \"completed\", or a percentage between 0 and 100.";

    public override string AskDescription(int maxLength) => $"What was done? Please describe it briefly (required, at most {maxLength} characters).";

    public override string DescriptionTooLong(int length, int maxLength) => $"That description is too long ({length} characters); please keep it within {maxLength}.";

    public override string AskEvidence => "Any evidence? Send a link or attach a file; reply \"none\" if there is none.";

    public override string NoEvidenceChoice => "none";

    public override string AnswerYesOrNo => "Please reply \"confirm\" to save, or \"cancel\" to drop it.";

    public override string NewMeasureBefore => "(new)";

    public override string HelpStepFinding => "I need to know which item you are reporting on: reply with its number, e.g. \"14\". You can say \"cancel\" or \"back\" at any time.";

    public override string HelpStepMeasure => "Choose a measure by its number (e.g. \"3\"); \"next step 1\" and so on reports on a next step; \"whole\" reports on the item as a whole; \"new\" adds a measure the announcement does not list. You can say \"cancel\" or \"back\" at any time.";

    public override string HelpStepNewMeasure => "Write the new measure in one sentence, e.g. \"set up a monthly review\". You can say \"cancel\" or \"back\" at any time.";

    public override string HelpStepStatus => "A status is one of: not started, in progress, completed. Add a percentage if you like, e.g. \"in progress 60%\"; \"60%\" alone works too. You can say \"cancel\" or \"back\" at any time.";

    public override string HelpStepDescription(int maxLength) => $"Describe in words what was done, at most {maxLength} characters; it goes into the rectification ledger. You can say \"cancel\" or \"back\" at any time.";

    public override string HelpStepEvidence => "Evidence can be a link (e.g. where the document is stored) or a file you attach; reply \"none\" if there is none. You can say \"cancel\" or \"back\" at any time.";

    public override string HelpStepConfirm => "Check the card: reply \"confirm\" to save, \"back\" to change something, or \"cancel\" to drop it.";

    public override string ReportProblem(ReportProblem problem) => problem switch
    {
        Domain.Progress.ReportProblem.MeasureMissing => "Please choose a measure.",
        Domain.Progress.ReportProblem.NewMeasureTextMissing => "Please write what the new measure is.",
        Domain.Progress.ReportProblem.NewMeasureTextTooLong => $"The new measure is too long; please keep it within {Domain.Findings.Measure.MaxTextLength} characters.",
        Domain.Progress.ReportProblem.StatusMissing => "Please choose a status: not started, in progress or completed.",
        Domain.Progress.ReportProblem.PercentOutOfRange => "The percentage must be a whole number from 0 to 100.",
        Domain.Progress.ReportProblem.PercentDisagreesWithStatus => "The status and the percentage disagree: not started is 0%, completed is 100%, in progress is below 100%.",
        Domain.Progress.ReportProblem.DescriptionDisagreesWithStatus => "The description states another status than the one chosen; please correct one of them.",
        Domain.Progress.ReportProblem.DescriptionMissing => ReportProblemRequiredDescription,
        Domain.Progress.ReportProblem.DescriptionTooLong => $"The description is too long; please keep it within {ProgressEntry.MaxDescriptionLength} characters.",
        _ => "The evidence name or link is too long.",
    };

    public override string ReportProblemRequiredDescription => "Please describe what was done (required).";

    public override string ProgressSaved(int finding, ProgressEntryKind kind, string change) => kind switch
    {
        Domain.Findings.ProgressEntryKind.SignOff => $"Item {finding} signed off: {change}.",
        Domain.Findings.ProgressEntryKind.Reopen => $"Item {finding} reopened: {change}.",
        Domain.Findings.ProgressEntryKind.EvidenceAdded => $"Evidence added to item {finding}.",
        Domain.Findings.ProgressEntryKind.Correction => $"Corrected the entry of item {finding}: {change}. The earlier entry stays in the history, marked as superseded.",
        _ => $"Recorded progress on item {finding}: {change}.",
    };

    public override string RuleBroken(FindingRuleException rule) => rule switch
    {
        FindingClosedException closed => $"Item {closed.FindingNumber} is signed off and takes no more progress. If the problem came back, a leader can reopen it first, e.g. \"reopen {closed.FindingNumber}: reason\".",
        MeasureNotFoundException measure => measure.MeasureCount == 0
            ? $"Item {measure.FindingNumber} lists no measures."
            : $"Item {measure.FindingNumber} has {measure.MeasureCount} measures; there is no measure {measure.MeasureOrdinal}.",
        NextStepNotFoundException step => step.StepCount == 0
            ? $"Item {step.FindingNumber} has no next steps."
            : $"Item {step.FindingNumber} has {step.StepCount} next steps; there is no next step {step.StepOrdinal}.",
        FindingNotCompletedException open => (open.OpenMeasureOrdinals.Count, open.OpenNextStepOrdinals.Count) switch
        {
            (0, 0) => $"Item {open.FindingNumber} is not completed, so it cannot be signed off.",
            (_, 0) => $"Item {open.FindingNumber} is not completed, so it cannot be signed off: measures {string.Join(", ", open.OpenMeasureOrdinals)} are still open.",
            (0, _) => $"Item {open.FindingNumber} is not completed, so it cannot be signed off: next steps {string.Join(", ", open.OpenNextStepOrdinals)} are still open.",
            _ => $"Item {open.FindingNumber} is not completed, so it cannot be signed off: measures {string.Join(", ", open.OpenMeasureOrdinals)} and next steps {string.Join(", ", open.OpenNextStepOrdinals)} are still open.",
        },
        SignOffEvidenceMissingException missing => SignOffEvidenceMissing(missing.FindingNumber, missing.Missing),
        SignOffReasonRequiredException reason => SignOffReasonRequired(reason.FindingNumber),
        FindingAlreadySignedOffException signed => $"Item {signed.FindingNumber} is already signed off.",
        FindingAlreadyOpenException reopened => $"Item {reopened.FindingNumber} is in progress; only a completed or signed-off item can be reopened.",
        ReopenReasonRequiredException reason => AskReopenReason(reason.FindingNumber),
        NoEntryToCorrectException none => none switch
        {
            { MeasureOrdinal: { } measure } => $"Nobody has reported on measure {measure} of item {none.FindingNumber} yet, so there is nothing to correct.",
            { NextStepOrdinal: { } step } => $"Nobody has reported on next step {step} of item {none.FindingNumber} yet, so there is nothing to correct.",
            _ => $"Nobody has reported on item {none.FindingNumber} as a whole yet, so there is nothing to correct.",
        },
        CorrectionNotApplicableException notApplicable => $"The latest entry of item {notApplicable.FindingNumber} is about the item as a whole; only its text can be corrected, without a status.",
        NoEntryToBackException none => NoEntryToBack(none.FindingNumber, none.MeasureOrdinal),
        _ => "That change breaks a rule of the ledger and was not saved.",
    };

    public override string ChangedMeanwhile(int finding) => $"Item {finding} was just changed by someone else, so your change was not saved. Here is the new state; please check it and report again.";

    public override string Refusal(RefusalReason reason) => reason switch
    {
        RefusalReason.UnknownPerson => "You are not registered as a reporter, so you cannot report or change anything here.",
        RefusalReason.PersonInactive => "Your account has been deactivated, so you cannot report or change anything.",
        RefusalReason.FindingUnassigned => "This item has no responsible department yet, so only leaders and administrators can report on it.",
        RefusalReason.PersonWithoutDepartment => "Your registration names no department, so you cannot report yet.",
        RefusalReason.OtherDepartment => "Another department is responsible for this item, so you cannot report on it.",
        RefusalReason.LeaderRequired => "Only a leader can sign off or reopen an item.",
        RefusalReason.AdminRequired => "Only an administrator can do that.",
        RefusalReason.AuthorOrAdminRequired => "Only the person who recorded that entry, or an administrator, can correct it.",
        _ => "That would leave no administrator.",
    };

    public override string WhomToAsk(PersonRole role, IReadOnlyList<string> names) => names.Count == 0
        ? (role == PersonRole.Leader ? "Please ask the responsible leader." : "Please ask the bot's administrator.")
        : (role == PersonRole.Leader ? "Please ask a leader: " : "Please ask an administrator: ") + string.Join(", ", names) + ".";

    public override string AskWhichFindingToSignOff => "Which item should be signed off? E.g. \"sign off 14\".";

    public override string AskWhichFindingToReopen => "Which item should be reopened, and why? E.g. \"reopen 14: the problem came back\".";

    public override string AskReopenReason(int finding) => $"Reopening item {finding} needs a reason, e.g. \"reopen {finding}: the problem came back\".";

    public override string ConfirmTitle => "Please confirm this progress";

    public override string SavedTitle => "Progress saved";

    public override string ConfirmSubjectLabel => "About";

    public override string ConfirmBeforeLabel => "Before";

    public override string ConfirmAfterLabel => "After";

    public override string ConfirmDescriptionLabel => "What was done";

    public override string ConfirmEvidenceLabel => "Evidence";

    public override string ConfirmAction => "Confirm and save";

    public override string CancelAction => "Cancel";

    public override string ConfirmWord => "confirm";

    public override string CancelWord => "cancel";

    public override string FormTitle(int finding) => $"Report progress on item {finding}";

    public override string FormMeasureLabel => "Measure";

    public override string FormStatusLabel => "Status";

    public override string FormPercentLabel => "Percent complete (0–100, optional)";

    public override string FormDescriptionLabel => "What was done (required)";

    public override string FormEvidenceLabel => "Evidence (link or name, optional)";

    public override string FormSubmitAction => "Submit";

    public override string AdminUsage => "Administrator commands:\n/people add <user id> <name> <staff|leader|admin> [department]\n/people set-role <user id> <staff|leader|admin>\n/people link <user id> <telegram|teams> <account id>\n/people head <user id> on|off (head of their department: yellow reminders reach them)\n/people list\n/assign <item> <department> [leader] [deadline, e.g. 2024-09-30]\nOr say it in plain words, e.g. \"add Zhang San as staff of 办公室\" (once Zhang San has written to me), \"make Wang Wu an admin\", \"set the deadline of item 5 to 2024-12-31\"; you are asked to confirm first.";

    public override string RoleName(PersonRole role) => role switch
    {
        PersonRole.Leader => "leader",
        PersonRole.Admin => "administrator",
        _ => "staff",
    };

    public override string AdminPeopleHeading(int count) => $"Registered people ({count}):";

    public override string AdminPersonChange(PersonChangeKind kind, string id, string name, PersonRole? role, string? department) => kind switch
    {
        PersonChangeKind.Added or PersonChangeKind.Reactivated => $"Added {name} ({id}) as {RoleName(role ?? PersonRole.Staff)}" + (department is null ? "." : $", department {department}."),
        PersonChangeKind.Updated => $"{name} ({id}) is now {RoleName(role ?? PersonRole.Staff)}.",
        PersonChangeKind.Unchanged => $"Nothing changed for {name} ({id}).",
        PersonChangeKind.AlreadyExists => $"{id} is already registered as {name}; use /people set-role to change the role.",
        PersonChangeKind.NotFound => $"There is no user {id}.",
        PersonChangeKind.Inactive => $"{name} ({id}) was removed; add them again first.",
        _ => $"Could not change {id}.",
    };


    public override string SupersededEntry => "superseded by a correction";

    public override string DialogReplaced => "I dropped your unfinished report (nothing was saved) and took your new message instead.";

    public override string FormMeasureRequired => "Please choose a measure, or \"whole\".";
}
