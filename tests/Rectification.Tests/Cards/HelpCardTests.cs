using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Cards;

public class HelpCardTests
{
    [Theory]
    [InlineData(Language.Chinese, "第十四项进展如何", "列出整改中的问题")]
    [InlineData(Language.English, "status of item 14", "list open items")]
    public void Examples_are_in_the_cards_language_and_buttons_send_them_as_text(Language language, string status, string list)
    {
        var json = CardSerializer.ToJsonObject(HelpCard.Build(Texts.For(language)));

        var buttons = json["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet").Select(e => e!["actions"]!.AsArray().Single()).ToList();
        Assert.Equal(3, buttons.Count);
        Assert.Equal($$"""{"intent":"text","text":"{{status}}"}""", buttons[0]!["data"]!.ToJsonString(CardSerializer.Options));
        Assert.Equal($$"""{"intent":"text","text":"{{list}}"}""", buttons[1]!["data"]!.ToJsonString(CardSerializer.Options));
    }

    [Fact]
    public void Describes_the_report_commands()
    {
        var json = CardSerializer.ToJson(HelpCard.Build(Texts.Chinese));

        Assert.Contains("/report 14", json, StringComparison.Ordinal);
        Assert.Contains("update 14.3:", json, StringComparison.Ordinal);
        Assert.Contains("帮助", json, StringComparison.Ordinal);
    }
}
