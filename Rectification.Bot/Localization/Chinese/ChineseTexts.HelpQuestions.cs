namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string HelpAwaitingSignOffExample => "哪些可以销号了";

    public override string HelpKeywordInSentenceExample => "汉融通那个怎么样了";

    public override string HelpOverviewTopic => "整体情况和本周变化";

    public override string HelpSupervisionTopic => "逾期和督办（按工作日计）";

    public override string HelpOverdueExample => "哪些问题逾期了";

    public override string HelpSupervisionListExample => "督办清单";

    public override string HelpOverallExample => "现在整体情况怎么样";

    public override string HelpWeekChangesExample => "本周有什么变化";

    public override string HelpMyWorkTopic => "我的待办和本处室的问题";

    public override string HelpMyToDoExample => "我的待办";

    public override string HelpDepartmentExample => "我们处的问题";

    public override string HelpAddEvidenceExample => "补充第14项第3条佐证：https://example.org/纪要.pdf";
}
