using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public override string DateAndTime(DateTime local) => local.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public override string FindingNumber(int number) => $"第{number}项";

    public override string FindingHeading(int number, FindingStatus status) => $"第{number}项 · {FindingStatus(status)}";

    public override string MeasureNumber(int ordinal) => $"措施{ordinal}";

    public override string MeasureChange(int ordinal, string change) => $"{MeasureNumber(ordinal)}：{change}";

    public override string NextStepNumber(int ordinal) => $"下一步{ordinal}";

    public override string NextStepChange(int ordinal, string change) => $"{NextStepNumber(ordinal)}：{change}";

    public override string MeasureStatusWithPercent(MeasureStatus status, int? percent) =>
        percent is null || status == Domain.Findings.MeasureStatus.Completed
            ? MeasureStatus(status)
            : $"{MeasureStatus(status)} {percent}%";

    public override string MeasurePercentChange(MeasureStatus status, int before, int after) =>
        $"{MeasureStatus(status)} {StatusChange($"{before}%", $"{after}%")}";

    public override string MeasuresCompleted(int completed, int total) => $"已完成 {completed}/{total}";

    public override string ProgressEntryKind(ProgressEntryKind kind) => kind switch
    {
        Domain.Findings.ProgressEntryKind.Announced => "公告",
        Domain.Findings.ProgressEntryKind.Progress => "进展",
        Domain.Findings.ProgressEntryKind.Correction => "更正",
        Domain.Findings.ProgressEntryKind.SignOff => "销号",
        Domain.Findings.ProgressEntryKind.Reopen => "重新打开",
        Domain.Findings.ProgressEntryKind.MeasureAdded => "新增措施",
        Domain.Findings.ProgressEntryKind.Assignment => "责任分工",
        Domain.Findings.ProgressEntryKind.EvidenceAdded => "补充佐证",
        Domain.Findings.ProgressEntryKind.SupervisionChange => "督办",
        Domain.Findings.ProgressEntryKind.FollowUpCheck => "回头看",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public override string UpdatedBy(string author, string when) => $"{author}，{when}";

    public override string Labelled(string label, string value) => $"{label}：{value}";

    public override string StatusChange(string before, string after) => before == after ? $"{after}（未变）" : $"{before} → {after}";

    public override string DepartmentLabel => "责任部门";

    public override string LeaderLabel => "责任领导";

    public override string DeadlineLabel => "完成时限";

    public override string MeasuresProgressLabel => "措施进度";

    public override string LastUpdateLabel => "最近更新";

    public override string NotAssigned => "未指定";

    public override string NoUpdatesYet => "暂无更新";

    public override string MeasuresHeading => "整改措施";

    public override string NoMeasures => "暂无整改措施记录。";

    public override string NextStepsHeading => "下一步";

    public override string RecentHistoryHeading => "最近记录";

    public override string FindingStatusChanged(string change) => $"问题状态：{change}";

    public override string ReportProgressAction => "汇报进展";

    public override string HistoryAction => "历史记录";

    public override string FindingListTitle(FindingStatusFilter filter, int count) => filter switch
    {
        FindingStatusFilter.All => $"全部问题（{count}）",
        FindingStatusFilter.Open => $"整改中的问题（{count}）",
        FindingStatusFilter.Completed => $"已完成的问题（{count}）",
        FindingStatusFilter.AwaitingSignOff => $"已完成待销号的问题（{count}）",
        FindingStatusFilter.SignedOff => $"已销号的问题（{count}）",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };

    public override string FindingListEmpty => "没有符合条件的问题。";

    public override string ChooseFinding(string? keyword, int count) =>
        string.IsNullOrWhiteSpace(keyword)
            ? "找到多个相关问题，请选择："
            : $"“{keyword}”找到{count}个相关问题，请选择：";

    public override string MoreMatches(int notShown) => $"另有{notShown}个问题也相关，请换一个更具体的关键词。";

    public override string HelpTitle => "我能帮您做什么";

    public override string HelpIntro => "直接用中文或英文提问，问题编号可以写成 14、十四或第十四项。";

    public override string HelpStatusTopic => "查看某个问题的整改进展";

    public override string HelpStatusExample => "第十四项进展如何";

    public override string HelpListTopic => "列出问题";

    public override string HelpListExample => "列出整改中的问题";

    public override string HelpKeywordTopic => "按关键词查找问题";

    public override string HelpKeywordExample => "融资担保";

    public override string HelpReportTopic => "汇报整改进展，或一句话更新某条措施（如第14项第3条完成80%）";

    public override string HelpReportExample => "汇报第十四项进展";

    public override string HelpUpdateExample => "更新14.3：已完成专项培训 80%";

    public override string HelpHelpTopic => "再次显示本帮助";

    public override string HelpHelpExample => "帮助";

    public override string HelpTryLabel => "试一试：";
}
