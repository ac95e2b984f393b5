using System.Globalization;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string FollowUpTitle(int finding, int months) => $"回头看 · 第{finding}项（销号后{months}个月）";

    public override string FollowUpQuestion => "这一项销号后，问题是否出现反弹回潮？";

    public override string FollowUpLate(SupervisionColour colour, int workingDays) =>
        $"{SupervisionColourName(colour)} · 回头看已超过答复时限 {workingDays} 个工作日，请尽快答复。";

    public override string FollowUpNoteLabel => "情况说明（可不填）";

    public override string FollowUpNoAction => "未反弹";

    public override string FollowUpYesAction => "已反弹";

    public override string FollowUpNoCommand(int finding) => $"第{finding}项回头看：未反弹";

    public override string FollowUpYesCommand(int finding) => $"第{finding}项回头看：反弹";

    public override string FollowUpHowToAnswer(int finding) =>
        $"也可以直接回复“第{finding}项回头看：未反弹”，或“第{finding}项回头看：反弹，原因……”。";

    public override string FollowUpRecorded(int finding, int months) => $"已记录第{finding}项回头看（销号后{months}个月）：未反弹，继续保持。";

    public override string FollowUpRecurred(int finding, int recurrences) =>
        $"第{finding}项回头看发现反弹回潮：已重新打开，列入红色督办（累计反弹 {recurrences} 次）。请责任处室重新整改并汇报进展。";

    public override string FollowUpNotDue(int finding, DateOnly? nextDueOn) => nextDueOn is { } next
        ? $"第{finding}项目前没有待答复的回头看；下一次回头看在{next.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}。"
        : $"第{finding}项目前没有待答复的回头看（只有已销号的问题才安排回头看）。";

    public override string RecurrenceLine(int count) => $"反弹回潮 {count} 次（回头看发现）";
}
