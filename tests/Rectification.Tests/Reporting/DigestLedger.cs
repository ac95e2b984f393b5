using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Reporting;

namespace Rectification.Tests.Reporting;

/// <summary>
/// A hand-built ledger for digest tests, reckoned in Asia/Shanghai. The digest covers 2024-W28 (Mon 8 – Sun 14 July
/// 2024, i.e. [2024-07-07T16:00Z, 2024-07-14T16:00Z)) and is built on Mon 15 July 2024 at 09:00 Beijing time.
/// </summary>
/// <remarks>
/// <code>
/// No  department  measures (done)  deadline  status       history (UTC)
/// 1   市金融局     3 (0)            07-10     in progress  announced 06-18 only          → overdue 5 days, stalled 27
/// 2   市金融局     1 (0)            07-15     in progress  progress at 07-07 16:00 = period start (counted)
/// 3   市财政局     2 (2)            07-01     completed    progress 07-12 06:30 completes measure 2 (status change)
/// 4   —           1 (0)            07-29     in progress  progress at 07-14 16:00 = period end (not counted)
/// 5   市财政局     1 (1)            06-30     signed off   sign-off 07-10 03:00 (status change)
/// 6   市财政局     1 (0)            07-30     in progress  progress at 07-07 15:59:59, a second before the period
/// 7   市金融局     1 (0)            08-31     in progress  no history at all                → stalled, never reported
/// 8   —           1 (0)            07-29     in progress  announced 06-18 only          → stalled 27
/// </code>
/// </remarks>
internal static class DigestLedger
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Monday 15 July 2024, 09:00 in Beijing.</summary>
    public static readonly DateTimeOffset Now = new(2024, 7, 15, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly DateTime PeriodStartUtc = Utc(2024, 7, 7, 16, 0);

    public static readonly DateTime PeriodEndUtc = Utc(2024, 7, 14, 16, 0);

    public static readonly ProgressAuthor Publisher = ProgressAuthor.Announcement("武汉市委金融办");

    public static readonly ProgressAuthor Li = new("aad-li", "李明", ProgressSource.Chat, "msteams");

    public static readonly ProgressAuthor Zhao = new("aad-zhao", "赵芳", ProgressSource.Chat, "msteams");

    public static readonly ProgressAuthor Wang = new("aad-wang", "王局长", ProgressSource.Chat, "msteams");

    private static readonly DateTime AnnouncedAtUtc = Utc(2024, 6, 18, 2, 0);

    public static DigestPeriod Period => DigestPeriod.Containing(Now, Shanghai).Previous();

    public static Inspection NewInspection() => new(
        "市委第六巡察组", "中共武汉市委金融委员会办公室",
        new DateOnly(2023, 7, 13), new DateOnly(2023, 8, 31), new DateOnly(2023, 10, 16), new DateOnly(2024, 6, 18));

    public static IReadOnlyList<Finding> Build()
    {
        var inspection = NewInspection();

        var f1 = Add(inspection, 1, "金融风险防控工作机制不健全", "市金融局", new DateOnly(2024, 7, 10), MeasureStatus.InProgress, MeasureStatus.InProgress, MeasureStatus.NotStarted);

        var f2 = Add(inspection, 2, "地方金融组织监管存在薄弱环节", "市金融局", new DateOnly(2024, 7, 15), MeasureStatus.InProgress);
        f2.RecordMeasureProgress(1, MeasureStatus.InProgress, 50, "完成现场检查一半", Li, PeriodStartUtc);

        var f3 = Add(inspection, 3, "财政金融协同联动不够", "市财政局", new DateOnly(2024, 7, 1), MeasureStatus.Completed, MeasureStatus.InProgress);
        f3.RecordMeasureProgress(2, MeasureStatus.Completed, null, "印发协同联动工作方案", Zhao, Utc(2024, 7, 12, 6, 30));

        var f4 = Add(inspection, 4, "普惠金融服务覆盖面不足", null, new DateOnly(2024, 7, 29), MeasureStatus.InProgress);
        f4.RecordMeasureProgress(1, MeasureStatus.InProgress, 80, "新增服务站点十二个", Li, PeriodEndUtc);

        var f5 = Add(inspection, 5, "政策宣传解读不到位", "市财政局", new DateOnly(2024, 6, 30), MeasureStatus.Completed);
        SignOff(f5, Wang, Utc(2024, 7, 10, 3, 0));

        var f6 = Add(inspection, 6, "干部队伍专业能力有待提升", "市财政局", new DateOnly(2024, 7, 30), MeasureStatus.InProgress);
        f6.RecordMeasureProgress(1, MeasureStatus.InProgress, 30, "举办专题培训一期", Zhao, PeriodStartUtc.AddSeconds(-1));

        var f7 = inspection.AddFinding(7, "数据共享平台建设滞后");
        f7.AddMeasure("推进平台二期建设", MeasureStatus.InProgress);
        f7.ApplyAnnouncementStatus();
        f7.Assign("市金融局", null, new DateOnly(2024, 8, 31));

        Add(inspection, 8, "信用体系建设推进缓慢", null, new DateOnly(2024, 7, 29), MeasureStatus.InProgress);

        return inspection.Findings;
    }

    /// <summary>A finding as the importer seeds it: measures, the announcement's status, one Announced entry.</summary>
    public static Finding Add(Inspection inspection, int number, string title, string? department, DateOnly? deadline, params MeasureStatus[] measures)
    {
        var finding = inspection.AddFinding(number, title);
        for (var i = 0; i < measures.Length; i++)
        {
            finding.AddMeasure($"第{i + 1}条整改措施", measures[i]);
        }

        finding.ApplyAnnouncementStatus();
        finding.Assign(department, null, deadline);
        finding.RecordAnnounced(Publisher, AnnouncedAtUtc, "已公告");
        return finding;
    }

    /// <summary>
    /// A leader's sign-off, written with the aggregate's internal steps because <see cref="Finding"/> has no sign-off
    /// operation yet; replace with it once it exists.
    /// </summary>
    public static void SignOff(Finding finding, ProgressAuthor leader, DateTime atUtc)
    {
        var entry = new ProgressEntry(finding, ProgressEntryKind.SignOff, leader, atUtc, "同意销号");
        finding.SetStatus(FindingStatus.SignedOff);
        entry.DescribeFindingStatus(finding.Status);
        finding.AppendHistory(entry);
    }

    public static DateTime Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);
}
