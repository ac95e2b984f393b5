using System.Text.Json.Nodes;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Tests.Cards;

public class FindingListCardTests
{
    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void All_29_findings_fit_within_the_28_KB_post_limit(Language language)
    {
        // The longest status line on every row: completed, awaiting sign-off, with two-digit measure counts.
        var rows = SampleFindings.AllRows().Select(r => r with { Status = FindingStatus.Completed, MeasureCount = 10, CompletedMeasureCount = 10 }).ToList();

        var json = CardSerializer.ToJson(FindingListCard.Build(new FindingListCardModel(FindingStatusFilter.All, rows), Texts.For(language)));

        Assert.InRange(CardSize.Utf16Bytes(json), 1, CardSize.WebhookMaxBytes);
    }

    [Fact]
    public void Each_row_is_tappable_and_asks_for_that_findings_status()
    {
        var rows = SampleFindings.AllRows();
        var body = CardSerializer.ToJsonObject(FindingListCard.Build(new FindingListCardModel(FindingStatusFilter.All, rows), Texts.Chinese))["body"]!.AsArray();

        Assert.Equal("全部问题（29）", (string?)body[0]!["text"]);
        var data = body.Skip(1).Select(row => row!["selectAction"]!["data"]!.ToJsonString()).ToList();
        Assert.Equal(rows.Select(r => $$"""{"intent":"status","finding":{{r.Number}}}"""), data);
    }

    [Fact]
    public void A_row_shows_number_shortened_title_and_status()
    {
        var row = new FindingListRow(2, SampleFindings.AnnouncementTitles()[2], FindingStatus.InProgress) { MeasureCount = 4, CompletedMeasureCount = 1 };

        var columns = CardSerializer.ToJsonObject(FindingListCard.Build(new FindingListCardModel(FindingStatusFilter.Open, [row]), Texts.Chinese))["body"]![1]!["columns"]!;

        Assert.Equal("2", (string?)columns[0]!["items"]![0]!["text"]);
        var title = (string)columns[1]!["items"]![0]!["text"]!;
        Assert.Equal(FindingRows.TitleLength, title.Length);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.StartsWith("精准服务企业力度不大", title, StringComparison.Ordinal);
        Assert.Equal("整改中 · 已完成 1/4", (string?)columns[1]!["items"]![1]!["text"]);
    }

    [Theory]
    [InlineData(Language.Chinese, FindingStatusFilter.Open, "整改中的问题（0）", "没有符合条件的问题。")]
    [InlineData(Language.Chinese, FindingStatusFilter.Completed, "已完成的问题（0）", "没有符合条件的问题。")]
    [InlineData(Language.English, FindingStatusFilter.All, "All items (0)", "No items match.")]
    [InlineData(Language.English, FindingStatusFilter.Completed, "Completed items (0)", "No items match.")]
    public void An_empty_list_is_named_by_its_filter_and_says_so(Language language, FindingStatusFilter filter, string title, string empty)
    {
        var body = CardSerializer.ToJsonObject(FindingListCard.Build(new FindingListCardModel(filter, []), Texts.For(language)))["body"]!;

        Assert.Equal([title, empty], body.AsArray().Select(e => (string?)e!["text"]));
    }

    [Theory]
    [InlineData(null, FindingStatusFilter.All)]
    [InlineData(FindingStatus.InProgress, FindingStatusFilter.Open)]
    [InlineData(FindingStatus.Completed, FindingStatusFilter.Completed)]
    [InlineData(FindingStatus.SignedOff, FindingStatusFilter.Completed)]
    public void The_status_form_of_the_model_maps_to_the_filter_that_lists_it(FindingStatus? status, FindingStatusFilter filter)
    {
        Assert.Equal(filter, new FindingListCardModel(status, []).Filter);
    }
}
