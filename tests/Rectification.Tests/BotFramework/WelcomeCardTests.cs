using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Localization;
using Rectification.Tests.Cards;

namespace Rectification.Tests.BotFramework;

public sealed class WelcomeCardTests
{
    public static TheoryData<string> Languages => ["zh", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_welcome_card_is_a_valid_1_2_card_with_three_example_buttons(string language)
    {
        var texts = language == "en" ? Texts.English : Texts.Chinese;

        var json = CardSerializer.ToJson(WelcomeCard.Build(texts));

        Assert.Empty(AdaptiveCardSchemas.Problems(json));
        Assert.Contains("\"version\":\"1.2\"", json, StringComparison.Ordinal);
        Assert.Equal(3, json.Split("\"intent\":\"text\"").Length - 1);
        Assert.Contains(texts.WelcomeTitle, json, StringComparison.Ordinal);
    }
}
