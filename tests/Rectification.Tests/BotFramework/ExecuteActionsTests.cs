using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;
using Rectification.Tests.Cards;

namespace Rectification.Tests.BotFramework;

/// <summary>Action.Execute buttons for 1.4+ forms: valid where allowed, refused in 1.2 display cards.</summary>
public sealed class ExecuteActionsTests
{
    [Fact]
    public void An_execute_button_in_a_1_5_card_is_valid_and_falls_back_to_submit_with_the_same_data()
    {
        var card = new AdaptiveCard(CardVersion.V1_5);
        card.Body.Add(new TextBlock("第14项"));
        card.Body.Add(new ActionSet([ExecuteActions.Button("刷新", CardSubmitData.ForFinding(CardIntents.Status, 14))]));

        var json = CardSerializer.ToJson(card);

        Assert.Empty(AdaptiveCardSchemas.Problems(json));
        Assert.Contains("\"verb\":\"status\"", json, StringComparison.Ordinal);
        Assert.Contains("\"fallback\":{\"type\":\"Action.Submit\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_execute_button_in_a_1_2_display_card_is_refused() =>
        Assert.Throws<CardVersionException>(() =>
        {
            var card = new AdaptiveCard(CardVersion.V1_2);
            card.Body.Add(new ActionSet([ExecuteActions.Button("刷新", CardSubmitData.ForFinding(CardIntents.Status, 14))]));
            return CardSerializer.ToJson(card);
        });
}
