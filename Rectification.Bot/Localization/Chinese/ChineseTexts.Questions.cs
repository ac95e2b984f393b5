namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string DueOn(string date) => $"时限 {date}";

    public override string DepartmentFindingsTitle(string department, int count) => $"{department}的问题（{count}）";

    public override string MyToDoTitle(string department, int count) => $"我的待办 · {department}（{count}）";

    public override string StatusCounts(int inProgress, int awaitingSignOff, int signedOff) =>
        $"整改中 {inProgress} · 已完成待销号 {awaitingSignOff} · 已销号 {signedOff}";

    public override string ToDoEmpty(string department) => $"{department}负责的问题都已完成，没有整改中的待办。";

    public override string DepartmentHasNoFindings(string department, IReadOnlyList<string> known) => known.Count == 0
        ? $"还没有由{department}负责的问题：目前没有任何问题分配了责任处室，请管理员先分配。"
        : $"还没有由{department}负责的问题。已分配的责任处室：{string.Join("、", known)}。";

    public override string AskerUnknown => "我还不认识您，所以不知道您负责哪些问题：需要管理员把您登记为人员，并设置所属处室。";

    public override string AskerWithoutDepartment(string name) => $"{name}，您的登记信息中没有所属处室，所以不知道您负责哪些问题：需要管理员为您设置处室。";

    public override string AskerCanStillList => "也可以问“列出整改中的问题”查看全部。";

    public override string OverallTitle => "整体进展";

    public override string FindingsCompletedShare(int completed, int total) => $"已完成 {completed}/{total} 个问题（含已销号）";

    public override string FindingsTotalLabel => "问题总数";

    public override string InProgressWithReopened(int inProgress, int reopened) =>
        reopened == 0 ? $"{inProgress}" : $"{inProgress}（其中重新打开 {reopened}）";

    public override string MeasuresLabel => "整改措施";

    public override string MeasuresDoneShare(int completed, int total, int percent) => $"已完成 {completed}/{total}（{percent}%）";

    public override (string Title, string Text) OpenListButton => ("整改中的问题", "列出整改中的问题");

    public override (string Title, string Text) AwaitingSignOffButton => ("待销号的问题", "待销号的问题");

    public override (string Title, string Text) WeekChangesButton => ("本周变化", "本周有什么变化");

    public override string WeekChangesTitle(DateOnly monday, int findings, int entries) =>
        $"本周变化（{monday.Month}月{monday.Day}日起）：{findings}个问题，{entries}条记录";

    public override string WeekChangesNone(DateOnly monday) => $"本周（{monday.Month}月{monday.Day}日起）还没有新的记录，没有问题发生变化。";
}
