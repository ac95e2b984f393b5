using Rectification.Domain.Findings;
using Rectification.Domain.Reporting;
using Rectification.Domain.Supervision;
using Rectification.Domain.Supervision.Calendar;
using static Rectification.Tests.Reporting.DigestLedger;

namespace Rectification.Tests.Reporting;

public sealed class DigestBuilderTests
{
    private static DigestReport Build(DigestOptions? options = null) =>
        DigestBuilder.Build(DigestLedger.Build(), Period, Now, options ?? DigestOptions.Default);

    [Fact]
    public void Report_is_for_the_period_and_the_subscribers_today()
    {
        var report = Build();

        Assert.Equal("2024-W28", report.Period.Key);
        Assert.Equal(new DateOnly(2024, 7, 15), report.Today);
        Assert.Equal(Now, report.AsOf);
        Assert.Equal((21, 14), (report.StallDays, report.DueSoonDays));
    }

    [Fact]
    public void Totals_count_findings_by_status_and_measures_with_percent_rounded_down()
    {
        var totals = Build().Totals;

        // 3 of 11 measures is 27.3 %.
        Assert.Equal(new DigestTotals(Findings: 8, InProgress: 6, CompletedAwaitingSignOff: 1, SignedOff: 1, Measures: 11, MeasuresCompleted: 3, Percent: 27), totals);
    }

    [Fact]
    public void Percent_is_zero_without_measures_and_100_only_when_every_measure_is_done()
    {
        var inspection = NewInspection();
        inspection.AddFinding(1, "尚未录入措施");
        Assert.Equal(0, DigestBuilder.Build(inspection.Findings, Period, Now, DigestOptions.Default).Totals.Percent);

        var almost = NewInspection();
        var finding = Add(almost, 1, "措施众多", "市金融局", null, [.. Enumerable.Repeat(MeasureStatus.Completed, 199), MeasureStatus.InProgress]);
        Assert.Equal(99, DigestBuilder.Build(almost.Findings, Period, Now, DigestOptions.Default).Totals.Percent);

        finding.RecordMeasureProgress(200, MeasureStatus.Completed, null, "全部完成", Li, Utc(2024, 7, 9, 1, 0));
        Assert.Equal(100, DigestBuilder.Build(almost.Findings, Period, Now, DigestOptions.Default).Totals.Percent);
    }

    [Fact]
    public void Changes_are_the_entries_recorded_from_the_period_start_inclusive_to_its_end_exclusive_newest_first()
    {
        var changes = Build().Changes;

        Assert.Equal(
            [
                new DigestChange(3, "财政金融协同联动不够", ProgressEntryKind.Progress, "赵芳", Utc(2024, 7, 12, 6, 30),
                    2, MeasureStatus.InProgress, MeasureStatus.Completed, null, 100, FindingStatus.InProgress, FindingStatus.Completed),
                new DigestChange(5, "政策宣传解读不到位", ProgressEntryKind.SignOff, "王局长", Utc(2024, 7, 10, 3, 0),
                    null, null, null, null, null, FindingStatus.Completed, FindingStatus.SignedOff),
                new DigestChange(2, "地方金融组织监管存在薄弱环节", ProgressEntryKind.Progress, "李明", PeriodStartUtc,
                    1, MeasureStatus.InProgress, MeasureStatus.InProgress, null, 50, FindingStatus.InProgress, FindingStatus.InProgress),
            ],
            changes.Shown);
        Assert.Equal((3, 0, 2, 3), (changes.TotalCount, changes.Omitted, changes.StatusChanges, changes.FindingsChanged));
        Assert.Equal([new DigestKindCount(ProgressEntryKind.Progress, 2), new DigestKindCount(ProgressEntryKind.SignOff, 1)], changes.ByKind);
    }

    [Fact]
    public void Changes_beyond_the_line_limit_are_counted_not_listed()
    {
        var changes = Build(DigestOptions.Default with { MaxChangeLines = 1 }).Changes;

        Assert.Equal(3, Assert.Single(changes.Shown).FindingNumber);
        Assert.Equal((3, 2), (changes.TotalCount, changes.Omitted));
    }

    [Fact]
    public void Overdue_lists_in_progress_findings_whose_deadline_was_before_today()
    {
        var overdue = Build().Overdue;

        // Finding 3 (completed, deadline 1 July) and finding 5 (signed off, 30 June) are past their deadline but done.
        // Wednesday 10 July to Monday 15 July: Thursday, Friday and Monday, three working days overdue.
        Assert.Equal([new DigestDeadlineItem(1, "金融风险防控工作机制不健全", "市金融局", new DateOnly(2024, 7, 10), -3)], overdue.Shown);
        Assert.Equal(3, overdue.Shown[0].DaysOverdue);
        Assert.Equal(1, overdue.TotalCount);
    }

    [Theory]
    [InlineData(2024, 9, 30, 2024, 10, 7, 0)] // due the Monday before National Day: the holiday week is no working day
    [InlineData(2024, 9, 30, 2024, 10, 8, 1)] // Tuesday after it: one working day overdue, not eight days
    [InlineData(2024, 9, 27, 2024, 9, 29, 1)] // Sunday 29 September is a make-up working day (调休)
    [InlineData(2024, 10, 11, 2024, 10, 12, 1)] // so is Saturday 12 October
    public void Overdue_is_counted_in_working_days_on_the_office_calendar(int dueYear, int dueMonth, int dueDay, int year, int month, int day, int overdue)
    {
        var inspection = NewInspection();
        Add(inspection, 1, "问题", "市金融局", new DateOnly(dueYear, dueMonth, dueDay), MeasureStatus.InProgress);
        var now = new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.FromHours(8));
        var ladder = new SupervisionLadder(WorkingCalendarFile.Bundled, SupervisionThresholds.Default);

        var report = DigestBuilder.Build(inspection.Findings, DigestPeriod.Containing(now, Shanghai).Previous(), now, DigestOptions.Default, ladder);

        Assert.Equal(overdue == 0 ? Array.Empty<int>() : [overdue], report.Overdue.Shown.Select(i => i.DaysOverdue));
        Assert.Equal(overdue == 0 ? 0 : 1, report.Departments.Single().Overdue);
    }

    [Fact]
    public void Due_soon_lists_in_progress_findings_due_from_today_through_today_plus_the_window()
    {
        var dueSoon = Build().DueSoon;

        // Finding 6 is due on day 15, one past the window.
        Assert.Equal(
            [
                new DigestDeadlineItem(2, "地方金融组织监管存在薄弱环节", "市金融局", new DateOnly(2024, 7, 15), 0),
                new DigestDeadlineItem(4, "普惠金融服务覆盖面不足", null, new DateOnly(2024, 7, 29), 14),
                new DigestDeadlineItem(8, "信用体系建设推进缓慢", null, new DateOnly(2024, 7, 29), 14),
            ],
            dueSoon.Shown);
    }

    [Fact]
    public void Stalled_lists_in_progress_findings_without_entries_for_the_stall_days_never_reported_first()
    {
        var stalled = Build().Stalled;

        Assert.Equal(
            [
                new DigestStalledItem(7, "数据共享平台建设滞后", "市金融局", null, null),
                new DigestStalledItem(1, "金融风险防控工作机制不健全", "市金融局", Utc(2024, 6, 18, 2, 0), 27),
                new DigestStalledItem(8, "信用体系建设推进缓慢", null, Utc(2024, 6, 18, 2, 0), 27),
            ],
            stalled.Shown);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    [InlineData(25, true)]
    public void A_finding_is_stalled_once_the_stall_days_have_passed_since_its_last_entry(int daysAgo, bool stalled)
    {
        var inspection = NewInspection();
        var finding = Add(inspection, 1, "问题", "市金融局", null, MeasureStatus.InProgress);
        // 00:30 Beijing time, still the day before in UTC: days are counted on the subscriber's calendar.
        var lastEntry = new DateTimeOffset(new DateOnly(2024, 7, 15).AddDays(-daysAgo), new TimeOnly(0, 30), TimeSpan.FromHours(8));
        finding.RecordMeasureProgress(1, MeasureStatus.InProgress, 10, "有进展", Li, lastEntry.UtcDateTime);

        var report = DigestBuilder.Build(inspection.Findings, Period, Now, DigestOptions.Default);

        Assert.Equal(stalled, report.Stalled.Shown.Any(s => s.Number == 1 && s.DaysSinceLastEntry == daysAgo));
        Assert.Equal(stalled ? 1 : 0, report.Stalled.TotalCount);
    }

    [Fact]
    public void Stall_days_are_configurable()
    {
        var stalled = Build(DigestOptions.Default with { StallDays = 7 }).Stalled;

        // Finding 2's last entry was on 8 July (7 days), finding 6's on 7 July (8 days), finding 4's today.
        Assert.Equal([7, 1, 8, 6, 2], stalled.Shown.Select(s => s.Number));
    }

    [Fact]
    public void Departments_table_has_a_row_per_department_then_one_for_findings_without_one()
    {
        var departments = Build().Departments;

        Assert.Equal(
            [
                new DigestDepartmentRow("市财政局", Findings: 3, InProgress: 1, CompletedAwaitingSignOff: 1, SignedOff: 1, Overdue: 0),
                new DigestDepartmentRow("市金融局", Findings: 3, InProgress: 3, CompletedAwaitingSignOff: 0, SignedOff: 0, Overdue: 1),
                new DigestDepartmentRow(null, Findings: 2, InProgress: 2, CompletedAwaitingSignOff: 0, SignedOff: 0, Overdue: 0),
            ],
            departments);
    }

    [Fact]
    public void Next_deadlines_group_in_progress_findings_by_date_from_today_on()
    {
        var deadlines = Build().NextDeadlines;

        Assert.Equal(
            [
                (new DateOnly(2024, 7, 15), 0, "2"),
                (new DateOnly(2024, 7, 29), 14, "4,8"),
                (new DateOnly(2024, 7, 30), 15, "6"),
                (new DateOnly(2024, 8, 31), 47, "7"),
            ],
            deadlines.Select(d => (d.Date, d.DaysLeft, string.Join(",", d.FindingNumbers))));
    }

    [Fact]
    public void Next_deadlines_stop_at_the_configured_number_of_dates()
    {
        var deadlines = Build(DigestOptions.Default with { MaxDeadlineLines = 2 }).NextDeadlines;

        Assert.Equal([new DateOnly(2024, 7, 15), new DateOnly(2024, 7, 29)], deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Finding_lists_beyond_the_line_limit_are_counted_not_listed()
    {
        var report = Build(DigestOptions.Default with { MaxFindingLines = 2 });

        Assert.Equal([7, 1], report.Stalled.Shown.Select(s => s.Number));
        Assert.Equal((3, 1), (report.Stalled.TotalCount, report.Stalled.Omitted));
        Assert.Equal((3, 1), (report.DueSoon.TotalCount, report.DueSoon.Omitted));
    }

    [Fact]
    public void Long_titles_are_cut_to_the_title_length_with_an_ellipsis()
    {
        var report = Build(DigestOptions.Default with { TitleLength = 6 });

        Assert.Equal("金融风险防…", report.Overdue.Shown[0].Title);
        Assert.Equal("政策宣传解…", report.Changes.Shown[1].FindingTitle);
    }

    [Fact]
    public void Shortening_counts_characters_as_readers_see_them()
    {
        Assert.Equal("短标题", DigestBuilder.Shorten("  短标题 ", 3));
        Assert.Equal("𠀀𠀀…", DigestBuilder.Shorten("𠀀𠀀𠀀𠀀", 3));
    }

    [Fact]
    public void A_subscriber_in_another_time_zone_gets_other_changes_for_the_same_week()
    {
        // In Berlin, finding 2's entry (Sun 7 July 18:00 CEST) and finding 6's belong to week 27; finding 4's
        // (Sun 14 July 18:00 CEST) to week 28.
        var berlinPeriod = DigestPeriod.Of(2024, 28, Berlin);

        var changes = DigestBuilder.Build(DigestLedger.Build(), berlinPeriod, Now, DigestOptions.Default).Changes;

        Assert.Equal([4, 3, 5], changes.Shown.Select(c => c.FindingNumber));
    }

    [Fact]
    public void Building_twice_from_the_same_ledger_gives_equal_figures()
    {
        var findings = DigestLedger.Build();

        var first = DigestBuilder.Build(findings, Period, Now, DigestOptions.Default);
        var second = DigestBuilder.Build(findings, Period, Now, DigestOptions.Default);

        Assert.Equal(first.Totals, second.Totals);
        Assert.Equal(first.Changes.Shown, second.Changes.Shown);
        Assert.Equal(first.Departments, second.Departments);
    }

    [Fact]
    public void Nonsensical_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Build(DigestOptions.Default with { StallDays = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Build(DigestOptions.Default with { MaxChangeLines = -1 }));
    }
}
