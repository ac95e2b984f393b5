using Rectification.Domain.Supervision;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string SupervisionColourName(SupervisionColour colour) => colour switch
    {
        SupervisionColour.Blue => "蓝色督办",
        SupervisionColour.Yellow => "黄色督办",
        SupervisionColour.Red => "红色督办",
        _ => "无督办",
    };

    public override string SupervisionLabel => "督办";

    public override string SupervisionReopened => "已重新打开";

    public override string DueToday => "今天到期";

    public override string WorkingDaysLeft(int days) => $"距时限还有 {days} 个工作日";

    public override string WorkingDaysOverdue(int days) => $"已逾期 {days} 个工作日";

    public override string SupervisionListTitle(SupervisionFilter scope, int? workingDays, int count) => scope switch
    {
        SupervisionFilter.Ladder => $"督办清单（{count}）",
        SupervisionFilter.Overdue => $"逾期问题（{count}）",
        SupervisionFilter.Red => $"红色督办（{count}）",
        SupervisionFilter.Yellow => $"黄色督办（{count}）",
        SupervisionFilter.Blue => $"即将到期（{count}）",
        SupervisionFilter.DueWithin => $"{workingDays} 个工作日内到期（含逾期）（{count}）",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public override string SupervisionLegend(int blueWithin, int redAfter) =>
        $"按工作日计（已扣除法定节假日、计入调休上班日）：蓝色 {blueWithin} 个工作日内到期，黄色已逾期，红色逾期超过 {redAfter} 个工作日或重新打开。";

    protected override string SupervisionCount(string name, int count) => $"{name}（{count}）";

    public override string SupervisionListEmpty(SupervisionFilter scope, int? workingDays) => scope switch
    {
        SupervisionFilter.Ladder => "督办清单为空：没有逾期或即将到期的整改中问题。",
        SupervisionFilter.Overdue => "目前没有逾期的问题。",
        SupervisionFilter.Red => "目前没有红色督办的问题。",
        SupervisionFilter.Yellow => "目前没有黄色督办的问题。",
        SupervisionFilter.Blue => "目前没有即将到期的问题。",
        SupervisionFilter.DueWithin => $"没有 {workingDays} 个工作日内到期或已逾期的整改中问题。",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };
}
