namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string WebTitle => "巡察整改助手";

    public override string WebChatLink => "对话";

    public override string WebChatFailed => "对话暂时无法开始，请刷新页面重试；如仍不行，请联系管理员。";

    public override string WebStrangerTitle => "无权查看";

    public override string WebStranger(string accountName) => $"您已用账号 {accountName} 登录，但巡察整改助手的人员名单中没有这个账号，因此不能查看台账，也不能对话。请管理员将您登记（或绑定这个账号）后再试。";

    public override string LedgerLink => "整改台账";

    public override string ChartsLink => "进展图表";

    public override string LedgerReadOnlyNote => "本页只读。汇报进展请在对话中进行，以便留下完整记录。";

    public override string NumberLabel => "序号";

    public override string StatementLabel => "问题";

    public override string StatusLabel => "状态";

    public override string OverdueLabel => "已超期";

    public override string AnyStatus => "全部状态";

    public override string AnyDepartment => "全部部门";

    public override string OnlyOverdue => "只看超期";

    public override string FilterAction => "筛选";

    public override string LedgerShown(int shown, int total) => $"显示 {shown} 项，共 {total} 项";

    public override string EvidenceHeading => "佐证材料";

    public override string NoEvidence => "暂无佐证材料";

    public override string LedgerHistoryHeading => "进展记录";

    public override string FindingNotFound(string number) => $"没有第{number}项问题。";

    public override string UnknownFilter(string name, string value) => $"筛选条件 {name}=“{value}”无法识别。";

    public override string ChartByStatusTitle => "各状态问题数";

    public override string ChartByDepartmentTitle => "各责任部门问题数";

    public override string ChartMeasuresTitle => "各问题整改措施完成情况";

    public override string ChartCompletedMeasures => "已完成措施";

    public override string ChartOpenMeasures => "未完成措施";
}
