using System.Text.Json.Nodes;
using Rectification.Bot.Cards;

namespace Rectification.Tests.Cards;

public class CardSubmitDataTests
{
    [Fact]
    public void Reads_back_what_the_cards_write()
    {
        var data = CardSubmitData.ForFinding(CardIntents.Report, 14);

        Assert.Equal(data, CardSubmitData.TryRead(data.ToJson()));
        Assert.Equal(CardSubmitData.TypedText("帮助"), CardSubmitData.TryRead(CardSubmitData.TypedText("帮助").ToJson()));
    }

    [Fact]
    public void Ignores_input_values_merged_in_by_the_host()
    {
        var value = JsonNode.Parse("""{ "intent": "status", "finding": 3, "description": "x" }""");

        Assert.Equal(new CardSubmitData("status", 3), CardSubmitData.TryRead(value));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"status\"")]
    [InlineData("""{ "finding": 3 }""")]
    [InlineData("""{ "intent": 3 }""")]
    [InlineData("""{ "intent": " " }""")]
    public void Is_null_for_values_that_are_not_ours(string json)
    {
        Assert.Null(CardSubmitData.TryRead(JsonNode.Parse(json)));
    }

    [Fact]
    public void Tolerates_a_finding_that_is_not_a_number()
    {
        Assert.Equal(new CardSubmitData("status"), CardSubmitData.TryRead(JsonNode.Parse("""{ "intent": "status", "finding": "x" }""")));
    }
}
