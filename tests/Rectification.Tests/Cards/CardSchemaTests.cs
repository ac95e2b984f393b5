using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Cards;

public class CardSchemaTests
{
    [Theory]
    [MemberData(nameof(CardCatalog.All), MemberType = typeof(CardCatalog))]
    public void Every_card_passes_the_official_schema_of_its_declared_version(string name, Language language)
    {
        var json = CardSerializer.ToJson(CardCatalog.Build(name, language));

        Assert.Empty(AdaptiveCardSchemas.Problems(json));
    }

    [Theory]
    [MemberData(nameof(CardCatalog.All), MemberType = typeof(CardCatalog))]
    public void Every_display_card_declares_1_2_for_Teams_mobile(string name, Language language)
    {
        var card = CardSerializer.ToJsonObject(CardCatalog.Build(name, language));

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.2", (string?)card["version"]);
    }

    [Theory]
    [MemberData(nameof(CardCatalog.All), MemberType = typeof(CardCatalog))]
    public void Every_card_stays_within_the_recommended_80_KB(string name, Language language)
    {
        var json = CardSerializer.ToJson(CardCatalog.Build(name, language));

        Assert.InRange(CardSize.Utf16Bytes(json), 1, CardSize.RecommendedMaxBytes);
    }

    [Fact]
    public void The_schema_check_catches_an_invalid_card()
    {
        Assert.NotEmpty(AdaptiveCardSchemas.Problems("""{ "type": "AdaptiveCard", "version": "1.2", "body": [ { "type": "TextBlock" } ] }"""));
        Assert.NotEmpty(AdaptiveCardSchemas.Problems("""{ "type": "AdaptiveCard", "version": "1.2", "msteams": { "width": "Full" } }"""));
        Assert.NotEmpty(AdaptiveCardSchemas.Problems("""{ "type": "AdaptiveCard", "body": [] }"""));
    }

    [Fact]
    public void A_card_of_1_5_elements_passes_the_1_5_schema()
    {
        var json = CardSerializer.ToJson(VersionGuardTests.FormWithNewerFeatures(CardVersion.V1_5));

        Assert.Empty(AdaptiveCardSchemas.Problems(json));
    }
}
