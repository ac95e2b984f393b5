using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Cards;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>Action.Execute (adaptiveCard/action invokes): answered in the HTTP response, as Teams requires.</summary>
public sealed class CardActionTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    [Fact]
    public async Task Execute_returns_the_answer_card_and_it_is_valid_against_the_official_schema()
    {
        var conversation = TeamsActivities.NewConversationId();
        var action = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "status", ["data"] = new JsonObject { ["finding"] = 14 } };

        var (status, body) = await host.PostAsync(TeamsActivities.Execute(host.Connector.ServiceUrl, conversation, action));

        Assert.Equal(200, status);
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Equal(Attachment.AdaptiveCardContentType, body["type"]!.GetValue<string>());
        var card = body["value"]!.ToJsonString();
        SaveForTheNodeValidator(card);
        Assert.Empty(AdaptiveCardSchemas.Problems(card));
        Assert.Contains("14", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_with_typed_text_data_answers_like_the_typed_question()
    {
        var conversation = TeamsActivities.NewConversationId();
        var action = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["intent"] = "text", ["text"] = "帮助" } };

        var (_, body) = await host.PostAsync(TeamsActivities.Execute(host.Connector.ServiceUrl, conversation, action));

        Assert.Equal(Attachment.AdaptiveCardContentType, body!["type"]!.GetValue<string>());
        Assert.Empty(AdaptiveCardSchemas.Problems(body["value"]!.ToJsonString()));
    }

    [Fact]
    public async Task Another_action_type_is_refused_with_400_not_supported()
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["data"] = new JsonObject() };

        var (status, body) = await host.PostAsync(TeamsActivities.Execute(host.Connector.ServiceUrl, TeamsActivities.NewConversationId(), action));

        Assert.Equal(400, status);
        Assert.Equal(400, body!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("NotSupported", body["value"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invoke_without_an_action_is_a_bad_request()
    {
        var invoke = TeamsActivities.Execute(host.Connector.ServiceUrl, TeamsActivities.NewConversationId(), new JsonObject());
        invoke.Value = new JsonObject { ["trigger"] = "manual" };

        var (status, body) = await host.PostAsync(invoke);

        Assert.Equal(400, status);
        Assert.Equal("BadRequest", body!["value"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_invokes_get_501()
    {
        var invoke = TeamsActivities.Execute(host.Connector.ServiceUrl, TeamsActivities.NewConversationId(), new JsonObject());
        invoke.Name = "composeExtension/query";

        var (status, _) = await host.PostAsync(invoke);

        Assert.Equal(501, status);
    }

    /// <summary>Kept where the node validator (shared tools/cards) can be pointed at it by hand; CI relies on the schema check.</summary>
    private static void SaveForTheNodeValidator(string card) =>
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "rectification-execute-card.json"), card);
}
