using System.Text.Json.Nodes;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Cards;

public class FindingStatusCardTests
{
    private static JsonObject Build(FindingCardModel finding, Texts texts) =>
        CardSerializer.ToJsonObject(FindingStatusCard.Build(finding, texts, SampleFindings.Shanghai));

    [Fact]
    public void Chinese_card_shows_heading_statement_facts_measures_and_history()
    {
        var json = Build(SampleFindings.Item14(), Texts.Chinese).ToJsonString(CardSerializer.Options);

        Assert.Contains("第14项 · 整改中", json, StringComparison.Ordinal);
        Assert.Contains("金融发展促进中心组建有名无实", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"责任部门\",\"value\":\"市金融发展促进中心\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2024年12月31日\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"已完成 1/3\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"张三，2024年6月18日 14:30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"已完成\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"推进中 80%\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"未开始\"", json, StringComparison.Ordinal);
        Assert.Contains("下一步", json, StringComparison.Ordinal);
        Assert.Contains("2024年6月18日 14:30 · 张三 · 进展 · 措施2：推进中 50% → 80%", json, StringComparison.Ordinal);
    }

    [Fact]
    public void English_card_uses_English_labels_and_ISO_dates()
    {
        var json = Build(SampleFindings.Item14(), Texts.English).ToJsonString(CardSerializer.Options);

        Assert.Contains("Item 14 · In progress", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2024-12-31\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"张三, 2024-06-18 14:30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"In progress, 80%\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Not started\"", json, StringComparison.Ordinal);
        Assert.Contains("Report progress", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Chinese, "未指定", "暂无更新")]
    [InlineData(Language.English, "not assigned", "no updates yet")]
    public void Missing_responsibilities_read_not_assigned(Language language, string notAssigned, string noUpdates)
    {
        var facts = Build(SampleFindings.Bare(), Texts.For(language))["body"]!.AsArray()
            .Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .Select(f => (string?)f!["value"]).ToList();

        Assert.Equal([notAssigned, notAssigned, notAssigned], facts.Take(3));
        Assert.Equal(noUpdates, facts[^1]);
    }

    [Fact]
    public void Buttons_submit_report_and_history_with_the_finding_number()
    {
        var actions = Build(SampleFindings.Item14(), Texts.Chinese)["actions"]!.AsArray();

        Assert.Equal(["汇报进展", "历史记录"], actions.Select(a => (string?)a!["title"]));
        Assert.Equal("""{"intent":"report","finding":14}""", actions[0]!["data"]!.ToJsonString());
        Assert.Equal("""{"intent":"history","finding":14}""", actions[1]!["data"]!.ToJsonString());
    }

    [Fact]
    public void A_signed_off_finding_offers_no_progress_report()
    {
        var actions = Build(SampleFindings.NoMeasures(), Texts.English)["actions"]!.AsArray();

        Assert.Equal(["History"], actions.Select(a => (string?)a!["title"]));
    }

    [Fact]
    public void Long_measures_wrap_in_full_and_history_is_cut_to_three_short_entries()
    {
        var finding = SampleFindings.Long();
        var json = Build(finding, Texts.Chinese).ToJsonString(CardSerializer.Options);

        Assert.Contains($"\"text\":\"{finding.Measures[0].Text}\",\"wrap\":true", json, StringComparison.Ordinal);
        Assert.Equal(3, json.Split("欧阳明月").Length - 1);
        Assert.DoesNotContain(finding.RecentEntries[0].Description, json, StringComparison.Ordinal);
        Assert.Contains("…\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MeasureStatus.InProgress, 50, MeasureStatus.InProgress, 80, "措施2：推进中 50% → 80%")]
    [InlineData(MeasureStatus.NotStarted, null, MeasureStatus.InProgress, 30, "措施2：未开始 → 推进中 30%")]
    [InlineData(MeasureStatus.InProgress, 80, MeasureStatus.Completed, 100, "措施2：推进中 80% → 已完成")]
    [InlineData(MeasureStatus.InProgress, 80, MeasureStatus.InProgress, 80, "措施2：推进中 80%")]
    [InlineData(null, null, MeasureStatus.InProgress, 80, "措施2：推进中 80%")]
    public void History_lines_say_what_changed_on_the_measure(MeasureStatus? before, int? percentBefore, MeasureStatus after, int? percentAfter, string expected)
    {
        var entry = new FindingCardEntry("张三", SampleFindings.ReportedAtUtc, ProgressEntryKind.Progress, "x")
        {
            MeasureOrdinal = 2,
            MeasureStatusBefore = before,
            PercentBefore = percentBefore,
            MeasureStatusAfter = after,
            PercentAfter = percentAfter,
        };

        var json = Build(SampleFindings.Item14() with { RecentEntries = [entry] }, Texts.Chinese).ToJsonString(CardSerializer.Options);

        Assert.Contains($"\"text\":\"2024年6月18日 14:30 · 张三 · 进展 · {expected}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_that_became_complete_says_so_in_its_history()
    {
        var entry = new FindingCardEntry("张三", SampleFindings.ReportedAtUtc, ProgressEntryKind.Progress, "x")
        {
            FindingStatusBefore = FindingStatus.InProgress,
            FindingStatusAfter = FindingStatus.Completed,
        };

        var json = Build(SampleFindings.Item14() with { RecentEntries = [entry] }, Texts.English).ToJsonString(CardSerializer.Options);

        Assert.Contains("2024-06-18 14:30 · 张三 · Progress · item status: In progress → Completed, awaiting sign-off", json, StringComparison.Ordinal);
    }

    /// <summary>A history entry of a kind the texts do not name would throw and lose the whole answer.</summary>
    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void History_entries_of_every_kind_are_named(Language language)
    {
        var entries = Enum.GetValues<ProgressEntryKind>()
            .Select(kind => new FindingCardEntry("张三", SampleFindings.ReportedAtUtc, kind, "x"))
            .ToList();

        foreach (var entry in entries)
        {
            var card = Build(SampleFindings.Item14() with { RecentEntries = [entry] }, Texts.For(language));

            Assert.Contains(Texts.For(language).ProgressEntryKind(entry.Kind), card.ToJsonString(CardSerializer.Options), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_finding_without_measures_says_so()
    {
        var json = Build(SampleFindings.NoMeasures(), Texts.Chinese).ToJsonString(CardSerializer.Options);

        Assert.Contains("暂无整改措施记录。", json, StringComparison.Ordinal);
        Assert.DoesNotContain("已完成 0/0", json, StringComparison.Ordinal);
    }
}
