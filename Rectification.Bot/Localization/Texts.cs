using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Localization;

/// <summary>
/// Every sentence and label a person reads, for one language. <see cref="ChineseTexts"/> and
/// <see cref="EnglishTexts"/> are the one place each language lives; code never spells user-facing text.
/// </summary>
public abstract class Texts
{
    public static Texts Chinese { get; } = new ChineseTexts();

    public static Texts English { get; } = new EnglishTexts();

    public abstract Language Language { get; }

    /// <summary>BCP-47 tag set on outgoing activities.</summary>
    public abstract string Locale { get; }

    public static Texts For(Language language) => language == Language.English ? English : Chinese;

    public abstract string FindingStatus(FindingStatus status);

    public abstract string MeasureStatus(MeasureStatus status);

    // ---- Cards (status, list, choice and help cards; Rectification.Bot/Cards) ----

    /// <summary>A calendar date as people of this language write it (2024年6月18日 / 2024-06-18).</summary>
    public abstract string Date(DateOnly date);

    /// <summary>A local date and time (2024年6月18日 14:30 / 2024-06-18 14:30).</summary>
    public abstract string DateAndTime(DateTime local);

    /// <summary>第14项 / Item 14.</summary>
    public abstract string FindingNumber(int number);

    /// <summary>The status card's heading: 第14项 · 整改中 / Item 14 · In progress.</summary>
    public abstract string FindingHeading(int number, FindingStatus status);

    /// <summary>措施2 / Measure 2.</summary>
    public abstract string MeasureNumber(int ordinal);

    /// <summary>What happened to one measure: 措施2：未开始→推进中 / Measure 2: Not started → In progress.</summary>
    public abstract string MeasureChange(int ordinal, string change);

    /// <summary>A status with an optional percentage: 推进中 80% / In progress, 80%.</summary>
    public abstract string MeasureStatusWithPercent(MeasureStatus status, int? percent);

    /// <summary>Only the percentage of a measure moved: 推进中 50%→80% / In progress, 50% → 80%.</summary>
    public abstract string MeasurePercentChange(MeasureStatus status, int before, int after);

    /// <summary>已完成 2/3 / 2 of 3 completed.</summary>
    public abstract string MeasuresCompleted(int completed, int total);

    public abstract string ProgressEntryKind(ProgressEntryKind kind);

    /// <summary>Who and when, e.g. 张三，2024年6月18日 14:30.</summary>
    public abstract string UpdatedBy(string author, string when);

    /// <summary>A status change, e.g. 未开始→推进中.</summary>
    public abstract string StatusChange(string before, string after);

    public abstract string DepartmentLabel { get; }

    public abstract string LeaderLabel { get; }

    public abstract string DeadlineLabel { get; }

    public abstract string MeasuresProgressLabel { get; }

    public abstract string LastUpdateLabel { get; }

    /// <summary>Shown for a missing department, leader or deadline.</summary>
    public abstract string NotAssigned { get; }

    public abstract string NoUpdatesYet { get; }

    public abstract string MeasuresHeading { get; }

    public abstract string NoMeasures { get; }

    public abstract string NextStepsHeading { get; }

    public abstract string RecentHistoryHeading { get; }

    /// <summary>The finding as a whole changed status, e.g. 问题状态：整改中→已完成，待销号.</summary>
    public abstract string FindingStatusChanged(string change);

    public abstract string ReportProgressAction { get; }

    public abstract string HistoryAction { get; }

    /// <summary>The list card's title: 整改中的问题（7）.</summary>
    public abstract string FindingListTitle(FindingStatusFilter filter, int count);

    public abstract string FindingListEmpty { get; }

    /// <summary>找到多个相关问题，请选择： with the keyword when there is one.</summary>
    public abstract string ChooseFinding(string? keyword, int count);

    /// <summary>Told when more findings matched than the choice card shows.</summary>
    public abstract string MoreMatches(int notShown);

    public abstract string HelpTitle { get; }

    public abstract string HelpIntro { get; }

    public abstract string HelpStatusTopic { get; }

    public abstract string HelpStatusExample { get; }

    public abstract string HelpListTopic { get; }

    public abstract string HelpListExample { get; }

    public abstract string HelpKeywordTopic { get; }

    public abstract string HelpKeywordExample { get; }

    public abstract string HelpReportTopic { get; }

    /// <summary>Starts the reporting dialog: /report 14.</summary>
    public abstract string HelpReportExample { get; }

    /// <summary>A whole update in one message: update 14.3: … 80%.</summary>
    public abstract string HelpUpdateExample { get; }

    public abstract string HelpHelpTopic { get; }

    public abstract string HelpHelpExample { get; }

    /// <summary>Introduces the tappable example buttons.</summary>
    public abstract string HelpTryLabel { get; }

    // ---- end Cards ----

    // ---- Conversation (answers that are not cards; Rectification.Bot/Conversation) ----

    public abstract string SomethingWentWrong { get; }

    /// <summary>The valid range named, e.g. 问题编号应在1–29之间 / Findings are numbered 1–29.</summary>
    public abstract string NumberOutOfRange(string raw, int min, int max);

    public abstract string NoFindingsYet { get; }

    public abstract string MessageTooLong(int length, int maxLength);

    public abstract string NotUnderstood { get; }

    public abstract string SuggestionHelpTitle { get; }

    public abstract string SuggestionHelpText { get; }

    public abstract string SuggestionOpenListTitle { get; }

    public abstract string SuggestionOpenListText { get; }

    public abstract string NothingToCancel { get; }

    public abstract string AskWhichFindingForHistory { get; }

    public abstract string HistoryHeading(int number, string title);


    // ---- end Conversation ----

    // ---- Teams channel (welcome on install; Conversation/Welcome, Cards/WelcomeCard) ----

    /// <summary>The welcome card's title, sent to a person who installs the bot.</summary>
    public abstract string WelcomeTitle { get; }

    /// <summary>What the bot does, in one or two sentences, under the welcome card's title.</summary>
    public abstract string WelcomeIntro { get; }

    /// <summary>The one short message introducing the bot when it is added to a team or group chat.</summary>
    public abstract string WelcomeTeamIntroduction { get; }

    // ---- end Teams channel ----

    // ---- Reporting (dialogs, one-message updates, the progress form, sign-off; Conversation/Dialogs, Conversation/Reporting, Cards/Reporting) ----

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

    public abstract string ReportProblem(Conversation.Reporting.ReportProblem problem);

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

    public string AdminPersonLine(string id, string name, PersonRole role, string? department) =>
        $"• {name} ({id}) · {RoleName(role)}" + (department is null ? string.Empty : " · " + department);

    public abstract string AdminPersonChange(Administration.PersonChangeKind kind, string id, string name, PersonRole? role, string? department);

    public abstract string AdminAssigned(int finding, string department);

    /// <summary>Marks a history entry a later correction superseded.</summary>
    public abstract string SupersededEntry { get; }

    /// <summary>A new report or update arrived mid-dialog: the unfinished one is dropped.</summary>
    public abstract string DialogReplaced { get; }

    public abstract string FormMeasureRequired { get; }

    // ---- end Reporting ----

    // ---- Digest ----

    public abstract string DayName(DayOfWeek day);

    /// <summary>Subscribed (or changed): when the digest comes and how to stop it.</summary>
    public abstract string DigestSubscribed(string day, string time, string timeZone);

    public abstract string DigestUnsubscribed { get; }

    public abstract string DigestNotSubscribed { get; }

    public abstract string DigestSubscription(string day, string time, string timeZone);

    /// <summary>The subscription stopped because the bot could not write to the person (blocked or removed).</summary>
    public abstract string DigestSubscriptionStopped(string day, string time, string timeZone);

    /// <summary>Refusal: the digest is for leaders; <paramref name="whomToAsk"/> lists the admins, if any.</summary>
    public abstract string DigestLeadersOnly(string? whomToAsk);

    /// <summary>The conversation cannot be reached again later (the channel gave no service address).</summary>
    public abstract string DigestCannotDeliverHere { get; }

    // ---- end Digest ----
}
