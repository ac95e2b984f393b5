namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string HelpAwaitingSignOffExample => "which items are awaiting sign-off";

    public override string HelpKeywordInSentenceExample => "what about the green finance one";

    public override string HelpOverviewTopic => "The overall picture and this week's changes";

    public override string HelpSupervisionTopic => "Overdue items and supervision (in working days)";

    public override string HelpOverdueExample => "which items are overdue";

    public override string HelpSupervisionListExample => "overdue list";

    public override string HelpOverallExample => "overall progress";

    public override string HelpWeekChangesExample => "what changed this week";

    public override string HelpMyWorkTopic => "Your to-do list and your department's items";

    public override string HelpMyToDoExample => "what do I still need to do";

    public override string HelpDepartmentExample => "our department's items";

    public override string HelpAddEvidenceExample => "add evidence to 14.3: https://example.org/minutes.pdf";
}
