using System.Net;
using System.Text.Json.Nodes;
using Rectification.Bot.Channels.DirectLine;

namespace Rectification.Tests.DirectLine;

/// <summary>The Direct Line 3.0 REST API over real HTTP: tokens, conversations, posting, reading by watermark.</summary>
public sealed class DirectLineProtocolTests(DirectLineHost host) : IClassFixture<DirectLineHost>
{
    [Fact]
    public async Task OnlyTheSecretGeneratesTokens()
    {
        using var none = await host.Http.PostAsync("/v3/directline/tokens/generate", content: null);
        using var wrong = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");

        Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("\"code\":\"Forbidden\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGeneratedTokenIsForANewConversationAndLastsHalfAnHour()
    {
        var first = await host.GenerateTokenAsync();
        var second = await host.GenerateTokenAsync();

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.Equal(1800, first.ExpiresIn);
        Assert.False(string.IsNullOrEmpty(first.Token));
    }

    [Fact]
    public async Task StartingAConversationGreetsItOnceAndGivesItsStream()
    {
        var token = await host.GenerateTokenAsync();
        using var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token!);
        using var again = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token!);
        var conversation = token with { Token = token.Token };

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var answer = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        Assert.Equal(token.ConversationId, answer["conversationId"]!.GetValue<string>());
        Assert.StartsWith("ws://127.0.0.1:", answer["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        var greeting = Assert.Single((await host.ActivitiesAsync(conversation)).Activities);
        Assert.Equal("bot", greeting.From?.Role);
    }

    [Fact]
    public async Task StatusOfItemFourteenComesBackAsTheEchoThenTheStatusCard()
    {
        var conversation = await host.StartAsync();
        var before = await host.ActivitiesAsync(conversation);

        var id = await host.SayAsync(conversation, "第十四项进展如何");
        var after = await host.ActivitiesAsync(conversation, before.Watermark);

        Assert.Equal(2, after.Activities.Count);
        var echo = after.Activities[0];
        Assert.Equal(id, echo.Id);
        Assert.Equal("第十四项进展如何", echo.Text);
        Assert.Equal("user", echo.From?.Role);
        var reply = after.Activities[1];
        Assert.Equal("bot", reply.From?.Role);
        Assert.Equal(id, reply.ReplyToId);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(DirectLineAttachment.AdaptiveCardContentType, card.ContentType);
        Assert.Contains("金融发展促进中心组建有名无实", card.Content!.ToJsonString(DirectLineJson.Options), StringComparison.Ordinal);
        Assert.Empty((await host.ActivitiesAsync(conversation, after.Watermark)).Activities);
    }

    [Fact]
    public async Task ActivityIdsAndWatermarksCountUpWithinTheConversation()
    {
        var conversation = await host.StartAsync();
        await host.SayAsync(conversation, "14");

        var all = await host.ActivitiesAsync(conversation);

        Assert.Equal(all.Activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), all.Watermark);
        Assert.Equal($"{conversation.ConversationId}|0000002", all.Activities[1].Id);
    }

    [Fact]
    public async Task ATokenSpeaksForItsOwnUserWhateverTheActivitySays()
    {
        var conversation = await host.StartAsync(userId: "dl_own-user");

        await host.SayAsync(conversation, "你好");

        var echo = (await host.ActivitiesAsync(conversation)).Activities.Single(a => a.Text == "你好");
        Assert.Equal("dl_own-user", echo.From?.Id);
    }

    [Fact]
    public async Task ATokenOfOneConversationIsRefusedInAnother()
    {
        var mine = await host.StartAsync();
        var theirs = await host.StartAsync();

        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token!);
        using var post = await host.SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token!, new DirectLineActivity { Type = "message", Text = "14" });

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task ARefreshedTokenIsForTheSameConversation()
    {
        var conversation = await host.StartAsync();

        using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token!);
        var refreshed = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<DirectLineConversation>(response.Content, DirectLineJson.Options))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversation.ConversationId, refreshed.ConversationId);
        Assert.NotEmpty((await host.ActivitiesAsync(refreshed with { Token = refreshed.Token })).Activities);
    }

    [Fact]
    public async Task TheSecretIsNoTokenToRefresh()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task AWatermarkThatIsNoSequenceIsABadArgument(string watermark)
    {
        var conversation = await host.StartAsync();

        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnActivityWithoutATypeIsABadArgumentAndIsNotKept()
    {
        var conversation = await host.StartAsync();
        var before = await host.ActivitiesAsync(conversation);

        using var response = await host.SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token!, new DirectLineActivity { Text = "14" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await host.ActivitiesAsync(conversation, before.Watermark)).Activities);
    }

    [Fact]
    public async Task ACardSubmitIsHandledAsThePressedButton()
    {
        var conversation = await host.StartAsync();
        await host.SayAsync(conversation, "第十四项进展如何");
        var card = (await host.ActivitiesAsync(conversation)).Activities.Last().Attachments![0].Content!;
        var submit = SubmitData(card) ?? throw new InvalidOperationException("The status card has no Action.Submit.");
        var before = await host.ActivitiesAsync(conversation);

        var id = await host.PostAsync(conversation, new DirectLineActivity { Type = "message", Value = submit, Locale = "zh-CN" });

        var answers = (await host.ActivitiesAsync(conversation, before.Watermark)).Activities.Where(a => a.ReplyToId == id).ToList();
        Assert.NotEmpty(answers);
    }

    [Fact]
    public async Task AnActionExecuteInvokeIsHandledAsItsSubmittedData()
    {
        var conversation = await host.StartAsync();
        await host.SayAsync(conversation, "第十四项进展如何");
        var card = (await host.ActivitiesAsync(conversation)).Activities.Last().Attachments![0].Content!;
        var data = SubmitData(card) ?? throw new InvalidOperationException("The status card has no Action.Submit.");
        var before = await host.ActivitiesAsync(conversation);

        var id = await host.PostAsync(conversation, new DirectLineActivity
        {
            Type = "invoke",
            Name = "adaptiveCard/action",
            Locale = "zh-CN",
            Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = data } },
        });

        var answers = (await host.ActivitiesAsync(conversation, before.Watermark)).Activities.Where(a => a.ReplyToId == id).ToList();
        Assert.NotEmpty(answers);
    }

    [Fact]
    public async Task TheSecretMayPostForAUserItNames()
    {
        var conversation = await host.StartAsync();

        var id = await host.PostAsync(conversation with { Token = DirectLineHost.Secret }, new DirectLineActivity { Type = "message", Text = "14", From = new DirectLineAccount { Id = "site-user" } });

        var echo = (await host.ActivitiesAsync(conversation)).Activities.Single(a => a.Id == id);
        Assert.Equal("site-user", echo.From?.Id);
    }

    [Fact]
    public void ProductionRefusesToStartWithoutATokenSigningKey()
    {
        using var factory = new Infrastructure.BotApplicationFactory().InProduction()
            .With("BotFramework:Enabled", "false").With("DirectLine:TokenSigningKey", null);

        var refused = Assert.ThrowsAny<Exception>(() => factory.StartServer());

        Assert.Contains("DirectLine:TokenSigningKey", refused.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The data of the first Action.Submit anywhere in the card (actions, fallbacks, nested containers).</summary>
    private static JsonObject? SubmitData(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" && o["data"] is JsonObject data => (JsonObject)data.DeepClone(),
        JsonObject o => o.Select(p => p.Value is null ? null : SubmitData(p.Value)).FirstOrDefault(d => d is not null),
        JsonArray a => a.Select(n => n is null ? null : SubmitData(n)).FirstOrDefault(d => d is not null),
        _ => null,
    };
}
