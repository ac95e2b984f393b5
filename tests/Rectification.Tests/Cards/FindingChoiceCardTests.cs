using System.Text.Json.Nodes;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Cards;

public class FindingChoiceCardTests
{
    private static List<JsonNode> Buttons(JsonObject card) =>
        [.. card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet").Select(e => e!["actions"]!.AsArray().Single()!)];

    [Fact]
    public void Offers_one_status_button_per_candidate_with_number_and_short_title()
    {
        var rows = SampleFindings.AllRows().Where(r => r.Number is 1 or 14 or 27).ToList();

        var json = CardSerializer.ToJsonObject(FindingChoiceCard.Build(new FindingChoiceCardModel("融资", rows), Texts.Chinese));

        Assert.Equal("“融资”找到3个相关问题，请选择：", (string?)json["body"]![0]!["text"]);
        var buttons = Buttons(json);
        Assert.Equal(
            ["第1项 促转型融资结构不优,发…", "第14项 金融发展促进中心组建有…", "第27项 化解历史遗留问题不作为…"],
            buttons.Select(b => (string?)b["title"]));
        Assert.Equal("""{"intent":"status","finding":14}""", buttons[1]["data"]!.ToJsonString());
    }

    [Fact]
    public void Without_a_keyword_asks_the_plain_question()
    {
        var json = CardSerializer.ToJsonObject(FindingChoiceCard.Build(new FindingChoiceCardModel(null, [.. SampleFindings.AllRows().Take(2)]), Texts.Chinese));

        Assert.Equal("找到多个相关问题，请选择：", (string?)json["body"]![0]!["text"]);
    }

    [Fact]
    public void Shows_at_most_five_and_asks_for_a_narrower_keyword()
    {
        var json = CardSerializer.ToJsonObject(FindingChoiceCard.Build(new FindingChoiceCardModel("问题", [.. SampleFindings.AllRows().Take(9)]), Texts.English));

        Assert.Equal(FindingChoiceCard.MaxCandidates, Buttons(json).Count);
        Assert.Equal("Item 5 推动建设多层次资本市场…", (string?)Buttons(json)[^1]["title"]);
        Assert.Equal("4 more items match; try a more specific keyword.", (string?)json["body"]!.AsArray()[^1]!["text"]);
    }
}
