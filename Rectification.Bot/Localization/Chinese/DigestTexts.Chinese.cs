using Rectification.Domain.Supervision;
using Rectification.Domain.Findings;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Localization;

internal sealed class ChineseDigestTexts : DigestTexts
{
    public override Language Language => Language.Chinese;

    public override string OverallHeading => "总体进展";

    public override string NoChanges => "本期没有新的记录。";

    public override string NoneInList => "无。";

    public override string DepartmentsHeading => "各责任部门";

    public override string Unassigned => "未明确责任部门";

    public override string NextDeadlinesHeading => "近期截止时间";

    public override string NoUpcomingDeadlines => "整改中的问题暂无待到期的截止时间。";

    public override string Truncated => "……内容过长，其余部分已略去；如需某项全部记录，请发送“第N项历史”。";

    public override string Title(string weekKey, DateOnly firstDay, DateOnly lastDay) =>
        $"整改进展周报 · {weekKey}（{Date(firstDay, true)}至{Date(lastDay, lastDay.Year != firstDay.Year)}）";

    public override string AsOf(DateTime localTime, string timeZoneId) => $"数据截至 {DateAndTime(localTime, true)}（{timeZoneId}）";

    public override string FindingTotals(DigestTotals totals) =>
        $"问题 {Number(totals.Findings)} 个：已销号 {Number(totals.SignedOff)} 个，已完成待销号 {Number(totals.CompletedAwaitingSignOff)} 个，整改中 {Number(totals.InProgress)} 个";

    public override string MeasureTotals(DigestTotals totals) =>
        $"整改措施 {Number(totals.Measures)} 条，已完成 {Number(totals.MeasuresCompleted)} 条（{totals.Percent}%）";

    public override string ChangesHeading(string weekKey, DigestChanges changes) =>
        changes.TotalCount == 0
            ? $"本期变化（{weekKey}）"
            : $"本期变化（{weekKey}）：{Number(changes.TotalCount)} 条记录，涉及 {Number(changes.FindingsChanged)} 个问题，状态变化 {Number(changes.StatusChanges)} 次";

    public override string ByKind(IEnumerable<DigestKindCount> counts) =>
        "按类型：" + string.Join(" · ", counts.Select(c => $"{EntryKind(c.Kind)} {Number(c.Count)} 条"));

    public override string EntryKind(ProgressEntryKind kind) => kind switch
    {
        ProgressEntryKind.Announced => "公告",
        ProgressEntryKind.Progress => "进展",
        ProgressEntryKind.Correction => "更正",
        ProgressEntryKind.SignOff => "销号",
        ProgressEntryKind.Reopen => "重新打开",
        ProgressEntryKind.MeasureAdded => "新增措施",
        ProgressEntryKind.Assignment => "责任分工",
        ProgressEntryKind.EvidenceAdded => "补充佐证",
        ProgressEntryKind.SupervisionChange => "督办",
        ProgressEntryKind.FollowUpCheck => "回头看",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public override string Item(int number, string title) => $"第{number}项「{title}」";

    public override string MeasureChange(int ordinal, string status, string? percent) =>
        percent is null ? $"第{ordinal}条措施：{status}" : $"第{ordinal}条措施：{status}，{percent}";

    public override string FindingStatusChange(string change) => $"问题状态：{change}";

    public override string RecordedBy(string name) => $"记录人：{name}";

    public override string MoreChanges(int omitted) =>
        $"……另有 {Number(omitted)} 条未列出；如需某项全部记录，请发送“第N项历史”。";

    public override string OverdueHeading(int count) => $"已逾期（{Number(count)} 个）";

    public override string DueSoonHeading(int days, int count) => $"{days} 天内到期（{Number(count)} 个）";

    public override string StalledHeading(int days, int count) => $"进展停滞：{days} 天以上无新记录（{Number(count)} 个）";

    public override string Overdue(string deadline, int daysOverdue) => $"截止 {deadline}，已逾期 {Number(daysOverdue)} 个工作日";

    public override string DueSoon(string deadline, int daysLeft) =>
        daysLeft == 0 ? $"截止 {deadline}，今天到期" : $"截止 {deadline}，还剩 {Number(daysLeft)} 天";

    public override string ReviewDue(string reviewDate, int daysLeft) =>
        daysLeft switch
        {
            0 => $"长期坚持，今天复查（{reviewDate}）",
            < 0 => $"长期坚持，复查日期 {reviewDate} 已过 {Number(-daysLeft)} 天",
            _ => $"长期坚持，复查日期 {reviewDate}，还剩 {Number(daysLeft)} 天",
        };

    public override string SinceLastEntry(int? days, string? lastDate) =>
        days is null ? "尚无任何记录" : $"已 {Number(days.Value)} 天无新记录（最近一次：{lastDate}）";

    public override string MoreFindings(int omitted) => $"……另有 {Number(omitted)} 个问题未列出。";

    public override string DepartmentRow(string department, DigestDepartmentRow row) =>
        $"{department}：问题 {Number(row.Findings)} 个，整改中 {Number(row.InProgress)}，已完成待销号 {Number(row.CompletedAwaitingSignOff)}，已销号 {Number(row.SignedOff)}，已逾期 {Number(row.Overdue)}";

    public override string DeadlineLine(string date, int daysLeft, IReadOnlyList<int> findingNumbers)
    {
        var when = daysLeft switch
        {
            0 => "今天",
            1 => "明天",
            _ => $"{Number(daysLeft)} 天后",
        };
        return $"{date}（{when}）：第{string.Join("、", findingNumbers)}项";
    }

    public override string OpenItem(int number) => $"查看第{number}项";

    public override string Reminder(int number, string details) =>
        $"整改提醒：{details}。请及时报告第{number}项的最新进展（例如发送“汇报第{number}项进展”）。";

    public override string Date(DateOnly date, bool withYear) =>
        withYear ? $"{date.Year}年{date.Month}月{date.Day}日" : $"{date.Month}月{date.Day}日";

    public override string SupervisionHeading => "督办情况";

    public override string NoSupervision => "没有逾期、即将到期或重新打开的整改中问题。";

    public override string ColourLine(SupervisionColour colour, IReadOnlyList<int> numbers) =>
        $"{Texts.Chinese.SupervisionColourName(colour)}（{numbers.Count}）：第{string.Join("、", numbers)}项";

    public override string RecurrencesLine(IReadOnlyList<DigestRecurrence> recurrences) =>
        "反弹回潮（回头看发现）：" + string.Join("、", recurrences.Select(r => $"第{r.FindingNumber}项 {r.Count} 次"));

    public override string AccountabilityLine(string leaderName, IReadOnlyList<int> numbers) =>
        $"{leaderName}是第{string.Join("、", numbers)}项的责任领导，这些问题在各部分列在最前。";
}
