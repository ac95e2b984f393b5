using Rectification.Bot.Cards.Digest;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Reporting;
using static Rectification.Tests.Reporting.DigestLedger;

namespace Rectification.Tests.Reporting;

public sealed class DigestMarkdownTests
{
    private static string Render(Language language) =>
        DigestMarkdown.Render(DigestBuilder.Build(DigestLedger.Build(), Period, Now, DigestOptions.Default), language);

    [Fact]
    public void Chinese_digest_states_the_figures_of_the_ledger()
    {
        var markdown = Render(Language.Chinese);

        Assert.StartsWith("**整改进展周报 · 2024-W28（2024年7月8日至7月14日）**", markdown, StringComparison.Ordinal);
        Assert.Contains("数据截至 2024年7月15日 09:00（Asia/Shanghai）", markdown, StringComparison.Ordinal);
        Assert.Contains("- 问题 8 个：已销号 1 个，已完成待销号 1 个，整改中 6 个", markdown, StringComparison.Ordinal);
        Assert.Contains("- 整改措施 11 条，已完成 3 条（27%）", markdown, StringComparison.Ordinal);
        Assert.Contains("**本期变化（2024-W28）：3 条记录，涉及 3 个问题，状态变化 2 次**", markdown, StringComparison.Ordinal);
        Assert.Contains("- 按类型：进展 2 条 · 销号 1 条", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "- 7月12日 14:30 · 第3项「财政金融协同联动不够」 · 进展 · 第2条措施：推进中 → 已完成，100% · 问题状态：整改中 → 已完成，待销号 · 记录人：赵芳",
            markdown, StringComparison.Ordinal);
        Assert.Contains("- 7月10日 11:00 · 第5项「政策宣传解读不到位」 · 销号 · 问题状态：已完成，待销号 → 已销号 · 记录人：王局长", markdown, StringComparison.Ordinal);
        Assert.Contains("- 7月8日 00:00 · 第2项「地方金融组织监管存在薄弱环节」 · 进展 · 第1条措施：推进中，50% · 记录人：李明", markdown, StringComparison.Ordinal);
        Assert.Contains("**已逾期（1 个）**", markdown, StringComparison.Ordinal);
        Assert.Contains("- 第1项「金融风险防控工作机制不健全」 · 截止 7月10日，已逾期 3 个工作日 · 市金融局", markdown, StringComparison.Ordinal);
        Assert.Contains("**14 天内到期（3 个）**", markdown, StringComparison.Ordinal);
        Assert.Contains("- 第2项「地方金融组织监管存在薄弱环节」 · 截止 7月15日，今天到期 · 市金融局", markdown, StringComparison.Ordinal);
        Assert.Contains("- 第4项「普惠金融服务覆盖面不足」 · 截止 7月29日，还剩 14 天", markdown, StringComparison.Ordinal);
        Assert.Contains("**进展停滞：21 天以上无新记录（3 个）**", markdown, StringComparison.Ordinal);
        Assert.Contains("- 第7项「数据共享平台建设滞后」 · 尚无任何记录 · 市金融局", markdown, StringComparison.Ordinal);
        Assert.Contains("- 第1项「金融风险防控工作机制不健全」 · 已 27 天无新记录（最近一次：6月18日） · 市金融局", markdown, StringComparison.Ordinal);
        Assert.Contains("- 市财政局：问题 3 个，整改中 1，已完成待销号 1，已销号 1，已逾期 0", markdown, StringComparison.Ordinal);
        Assert.Contains("- 市金融局：问题 3 个，整改中 3，已完成待销号 0，已销号 0，已逾期 1", markdown, StringComparison.Ordinal);
        Assert.Contains("- 未明确责任部门：问题 2 个，整改中 2，已完成待销号 0，已销号 0，已逾期 0", markdown, StringComparison.Ordinal);
        Assert.Contains("- 7月15日（今天）：第2项", markdown, StringComparison.Ordinal);
        Assert.Contains("- 7月29日（14 天后）：第4、8项", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void English_digest_states_the_same_figures()
    {
        var markdown = Render(Language.English);

        Assert.StartsWith("**Rectification weekly digest · 2024-W28 (8 Jul – 14 Jul 2024)**", markdown, StringComparison.Ordinal);
        Assert.Contains("Figures as of 15 Jul 2024 09:00 (Asia/Shanghai)", markdown, StringComparison.Ordinal);
        Assert.Contains("- 8 findings: 1 signed off, 1 completed awaiting sign-off, 6 in progress", markdown, StringComparison.Ordinal);
        Assert.Contains("- 3 of 11 measures completed (27%)", markdown, StringComparison.Ordinal);
        Assert.Contains("**Changes in 2024-W28: 3 entries on 3 findings, 2 status changes**", markdown, StringComparison.Ordinal);
        Assert.Contains("- By kind: Progress 2 · Sign-off 1", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "- 12 Jul 14:30 · Item 3 “财政金融协同联动不够” · Progress · measure 2: In progress → Completed, 100% · item: In progress → Completed, awaiting sign-off · by 赵芳",
            markdown, StringComparison.Ordinal);
        Assert.Contains("**Overdue (1)**", markdown, StringComparison.Ordinal);
        Assert.Contains("- Item 1 “金融风险防控工作机制不健全” · due 10 Jul, 3 working days overdue · 市金融局", markdown, StringComparison.Ordinal);
        Assert.Contains("**Due within 14 days (3)**", markdown, StringComparison.Ordinal);
        Assert.Contains("- Item 2 “地方金融组织监管存在薄弱环节” · due 15 Jul, today · 市金融局", markdown, StringComparison.Ordinal);
        Assert.Contains("**Stalled: no entry for 21 days or more (3)**", markdown, StringComparison.Ordinal);
        Assert.Contains("- Item 8 “信用体系建设推进缓慢” · no entry for 27 days (last: 18 Jun)", markdown, StringComparison.Ordinal);
        Assert.Contains("- 市金融局: 3 findings · 3 in progress · 0 completed awaiting sign-off · 0 signed off · 1 overdue", markdown, StringComparison.Ordinal);
        Assert.Contains("- No department assigned: 2 findings · 2 in progress", markdown, StringComparison.Ordinal);
        Assert.Contains("- 29 Jul (in 14 days): items 4, 8", markdown, StringComparison.Ordinal);
        Assert.Contains("- 15 Jul (today): item 2", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quiet_week_says_nothing_was_recorded()
    {
        var quiet = DigestPeriod.Of(2024, 30, Shanghai);

        var report = DigestBuilder.Build(DigestLedger.Build(), quiet, Now, DigestOptions.Default);

        Assert.Contains("**本期变化（2024-W30）**" + Environment.NewLine + Environment.NewLine + "本期没有新的记录。", DigestMarkdown.Render(report, Language.Chinese), StringComparison.Ordinal);
        Assert.Contains("Nothing was recorded in this period.", DigestMarkdown.Render(report, Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_characters_in_titles_and_names_are_escaped_and_line_breaks_flattened()
    {
        var inspection = NewInspection();
        var finding = Add(inspection, 1, "*加粗*_与_[链接]", "部门\n二处", null, MeasureStatus.InProgress);
        finding.RecordMeasureProgress(1, MeasureStatus.InProgress, 10, "进展", new ProgressAuthor("u", "a_b", ProgressSource.Chat), Utc(2024, 7, 9, 1, 0));

        var markdown = DigestMarkdown.Render(DigestBuilder.Build(inspection.Findings, Period, Now, DigestOptions.Default), Language.Chinese);

        Assert.Contains("第1项「\\*加粗\\*\\_与\\_\\[链接\\]」", markdown, StringComparison.Ordinal);
        Assert.Contains("记录人：a\\_b", markdown, StringComparison.Ordinal);
        Assert.Contains("- 部门 二处：问题 1 个", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Chinese, "……另有 4,985 条未列出；如需某项全部记录，请发送“第N项历史”。")]
    [InlineData(Language.English, "…and 4,985 more; ask “history of item N” for the full record of one item.")]
    public void Five_thousand_changes_are_summarised_within_the_Teams_size_and_the_rest_counted(Language language, string omittedLine)
    {
        var findings = BusyLedger(changes: 5_000);

        var report = DigestBuilder.Build(findings, Period, Now, DigestOptions.Default);
        var markdown = DigestMarkdown.Render(report, language);

        Assert.Equal((5_000, 15, 4_985), (report.Changes.TotalCount, report.Changes.Shown.Count, report.Changes.Omitted));
        Assert.True(markdown.Length < DigestMarkdown.MaxLength, $"{markdown.Length} characters");
        Assert.Contains("- " + omittedLine, markdown, StringComparison.Ordinal);
        Assert.Contains(language == Language.Chinese ? "5,000 条记录" : "5,000 entries", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_that_would_still_be_too_long_is_cut_at_a_line_and_says_so()
    {
        // Two thousand findings, each with its own long department name: the department lines alone exceed the cap.
        var inspection = NewInspection();
        for (var number = 1; number <= 2_000; number++)
        {
            Add(inspection, number, "问题" + number, $"{number:D4}" + new string('部', 190), null, MeasureStatus.InProgress);
        }

        var markdown = DigestMarkdown.Render(DigestBuilder.Build(inspection.Findings, Period, Now, DigestOptions.Default), Language.English);

        Assert.True(markdown.Length <= DigestMarkdown.MaxLength, $"{markdown.Length} characters");
        Assert.EndsWith(DigestTexts.English.Truncated + Environment.NewLine, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("2000" + new string('部', 190), markdown, StringComparison.Ordinal);
    }

    /// <summary>29 findings with long titles and 5,000 progress entries spread over the period by long-named authors.</summary>
    private static IReadOnlyList<Finding> BusyLedger(int changes)
    {
        var inspection = NewInspection();
        var findings = Enumerable.Range(1, 29)
            .Select(n => Add(inspection, n, $"第{n}个问题" + new string('长', 900), "市地方金融监督管理局" + n, new DateOnly(2024, 7, 1).AddDays(n), MeasureStatus.InProgress, MeasureStatus.InProgress))
            .ToList();
        var author = new ProgressAuthor("aad-busy", "很长的姓名" + new string('名', 150), ProgressSource.Chat, "msteams");
        var step = (PeriodEndUtc - PeriodStartUtc) / changes;
        for (var i = 0; i < changes; i++)
        {
            findings[i % findings.Count].RecordMeasureProgress(1 + (i % 2), MeasureStatus.InProgress, i % 100, new string('述', 1_500), author, PeriodStartUtc + (step * i));
        }

        return inspection.Findings;
    }
}
