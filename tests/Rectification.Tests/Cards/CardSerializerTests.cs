using System.Text.Json.Nodes;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Tests.Cards;

public class CardSerializerTests
{
    [Fact]
    public void Writes_type_first_camelCase_enums_and_no_nulls()
    {
        var card = new AdaptiveCard(CardVersion.V1_2)
        {
            Body = { new TextBlock("整改中") { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Spacing = Spacing.None } },
        };

        var json = CardSerializer.ToJson(card);

        Assert.Equal(
            """{"type":"AdaptiveCard","version":"1.2","body":[{"type":"TextBlock","text":"整改中","size":"extraLarge","weight":"bolder","spacing":"none"}]}""",
            json);
    }

    [Fact]
    public void Writes_the_official_type_names_of_actions_and_inputs()
    {
        var json = CardSerializer.ToJsonObject(VersionGuardTests.FormWithNewerFeatures(CardVersion.V1_5));

        Assert.Equal(["Input.Text", "Input.Number", "Input.ChoiceSet", "Input.Toggle", "ActionSet"], json["body"]!.AsArray().Select(e => (string?)e!["type"]));
        var execute = json["body"]![4]!["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)execute["type"]);
        Assert.Equal("Action.Submit", (string?)execute["fallback"]!["type"]);
        Assert.Equal("Action.ShowCard", (string?)json["actions"]![0]!["type"]);
        Assert.Equal("Action.Execute", (string?)json["refresh"]!["action"]!["type"]);
        Assert.Empty(json["refresh"]!["userIds"]!.AsArray());
    }

    [Fact]
    public void Writes_column_widths_as_the_schema_spells_them()
    {
        var card = new AdaptiveCard(CardVersion.V1_2)
        {
            Body =
            {
                new ColumnSet([
                    new Column(ColumnWidth.Auto, [new TextBlock("a")]),
                    new Column(ColumnWidth.Stretch, [new TextBlock("b")]),
                    new Column(ColumnWidth.Weight(2), [new TextBlock("c")]),
                    new Column(ColumnWidth.Pixels(24), [new TextBlock("d")]),
                ]),
            },
        };

        var columns = CardSerializer.ToJsonObject(card)["body"]![0]!["columns"]!.AsArray();

        Assert.Equal("""["auto","stretch",2,"24px"]""", new JsonArray([.. columns.Select(c => c!["width"]!.DeepClone())]).ToJsonString());
    }

    [Fact]
    public void Leaves_out_empty_lists_and_writes_drop_fallbacks()
    {
        var card = new AdaptiveCard(CardVersion.V1_2)
        {
            Body = { new TextBlock("x") { Fallback = ElementFallback.Drop } },
        };

        var json = CardSerializer.ToJsonObject(card);

        Assert.False(json.ContainsKey("actions"));
        Assert.Equal("drop", (string?)json["body"]![0]!["fallback"]);
    }

    [Fact]
    public void Makes_an_adaptive_card_attachment()
    {
        var card = new AdaptiveCard(CardVersion.V1_2) { Body = { new TextBlock("x") } };
        var attachment = Assert.Single(BotFrameworkOutbound.Reply(Infrastructure.TestActivities.Message("x"), new OutboundMessage { Card = card }).Attachments!);

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("AdaptiveCard", (string?)attachment.Content!["type"]);
        Assert.Contains("\"content\":{\"type\":\"AdaptiveCard\"", ActivitySerializer.Serialize(attachment), StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_size_as_UTF_16()
    {
        Assert.Equal(8, CardSize.Utf16Bytes("整改ab"));
    }
}
