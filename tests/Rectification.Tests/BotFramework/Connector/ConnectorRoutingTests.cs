using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>Every Connector operation reaches the right path with the right body, over real HTTP.</summary>
public sealed class ConnectorRoutingTests : IAsyncLifetime
{
    private const string ChannelConversationId = "19:2a1b3c4d5e6f@thread.tacv2;messageid=1700000000000";
    private const string EncodedChannelConversationId = "19%3A2a1b3c4d5e6f%40thread.tacv2%3Bmessageid%3D1700000000000";
    private const string PersonalConversationId = "a:1Hk2mZ";
    private const string ActivityId = "1:1700000000123";

    private FakeConnector _connector = null!;
    private FakeLogin _login = null!;
    private FakeLoginMsalHttpClientFactory _msal = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _login = await FakeLogin.StartAsync();
        _msal = _login.CreateMsalHttpClientFactory();
    }

    public async Task DisposeAsync()
    {
        _msal.Dispose();
        await _connector.DisposeAsync();
        await _login.DisposeAsync();
    }

    [Fact(Timeout = 20_000)]
    public async Task Reply_posts_to_the_encoded_conversation_and_activity_path_with_the_bearer_token_from_the_login()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.SingleTenantOn(_login), _msal);

        var answer = await services.Connector().ReplyToActivityAsync(
            _connector.ServiceUrl, ChannelConversationId, ActivityId, Message("pong"), timeout.Token);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EncodedChannelConversationId}/activities/1%3A1700000000123", request.RawTarget);
        Assert.Equal(ChannelConversationId, request.ConversationId);
        Assert.Equal(ActivityId, request.ActivityId);
        Assert.Equal("Bearer login-token-1", request.Authorization);
        Assert.Equal("pong", request.Activity!.Text);
        Assert.NotNull(answer.Id);

        var token = Assert.Single(_login.TokenRequests);
        Assert.Equal(
            new TokenRequest(ConnectorTestHost.Tenant, "client_credentials", ConnectorTestHost.AppId, ConnectorTestHost.AppSecret,
                "https://api.botframework.com/.default"),
            token);
        Assert.Empty(_login.OtherRequests);
    }

    [Theory(Timeout = 20_000)]
    [InlineData("amer")]
    [InlineData("amer/")]
    public async Task ServiceUrl_with_or_without_trailing_slash_keeps_its_path_and_appends_v3(string pathOfServiceUrl)
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.LocalMode());
        var serviceUrl = _connector.ServiceUrl.Replace("amer/", pathOfServiceUrl, StringComparison.Ordinal);

        await services.Connector().SendToConversationAsync(serviceUrl, PersonalConversationId, Message("hi"), timeout.Token);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/amer/v3/conversations/a%3A1Hk2mZ/activities", request.RawTarget);
    }

    [Fact(Timeout = 20_000)]
    public async Task Send_posts_the_activity_to_the_conversation_and_returns_the_channel_id()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.LocalMode());

        var answer = await services.Connector().SendToConversationAsync(
            _connector.ServiceUrl, PersonalConversationId, Message("整改提醒"), timeout.Token);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", ConnectorRouteKind.Activities, PersonalConversationId), (request.Method, request.Route, request.ConversationId));
        Assert.Equal("message", request.Activity!.Type);
        Assert.Equal("整改提醒", request.Activity.Text);
        Assert.Equal(PersonalConversationId, request.Activity.Conversation!.Id);
        Assert.Equal("1:1", answer.Id);
    }

    [Fact(Timeout = 20_000)]
    public async Task Update_puts_the_full_replacement_activity_with_its_id_to_the_activity_path()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.LocalMode());
        var card = Message("refreshed card");
        card.Id = ActivityId;

        var answer = await services.Connector().UpdateActivityAsync(
            _connector.ServiceUrl, ChannelConversationId, ActivityId, card, timeout.Token);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EncodedChannelConversationId}/activities/1%3A1700000000123", request.RawTarget);
        Assert.Equal((ActivityId, "message", "refreshed card"), (request.Activity!.Id, request.Activity.Type, request.Activity.Text));
        Assert.Equal(ActivityId, answer.Id);
    }

    [Fact(Timeout = 20_000)]
    public async Task Delete_sends_DELETE_without_a_body_to_the_activity_path()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.LocalMode());

        await services.Connector().DeleteActivityAsync(_connector.ServiceUrl, ChannelConversationId, ActivityId, timeout.Token);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("DELETE", ChannelConversationId, ActivityId, ""), (request.Method, request.ConversationId, request.ActivityId, request.Body));
    }

    [Fact(Timeout = 20_000)]
    public async Task Create_personal_conversation_posts_bot_member_isGroup_false_and_the_tenant_twice()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.LocalMode());
        var parameters = TeamsConversationParameters.PersonalChat(
            new ChannelAccount { Id = "28:" + ConnectorTestHost.AppId }, new ChannelAccount { Id = "29:1user" }, "tid-42");

        var created = await services.Connector().CreateConversationAsync(_connector.ServiceUrl, parameters, timeout.Token);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", "/amer/v3/conversations"), (request.Method, request.RawTarget));
        var expected = JsonNode.Parse($$"""
            {"isGroup":false,"bot":{"id":"28:{{ConnectorTestHost.AppId}}"},"members":[{"id":"29:1user"}],
             "tenantId":"tid-42","channelData":{"tenant":{"id":"tid-42"} } }
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.Json), request.Body);
        Assert.StartsWith("a:created-", created.Id, StringComparison.Ordinal);
        Assert.Equal(_connector.ServiceUrl, created.ServiceUrl);
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount { Id = PersonalConversationId },
    };
}
