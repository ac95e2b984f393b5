using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Connector.Auth;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>The bearer token: fetched once, shared by concurrent sends, absent in local mode.</summary>
public sealed class ConnectorTokenTests : IAsyncLifetime
{
    private const string ConversationId = "a:1Hk2mZ";

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
    public async Task Many_sends_reuse_one_token()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.SingleTenantOn(_login), _msal);

        for (var i = 0; i < 5; i++)
        {
            await services.Connector().SendToConversationAsync(_connector.ServiceUrl, ConversationId, Message(), timeout.Token);
        }

        Assert.Single(_login.TokenRequests);
        Assert.All(_connector.Requests, request => Assert.Equal("Bearer login-token-1", request.Authorization));
        Assert.Equal(5, _connector.Requests.Count);
    }

    [Fact(Timeout = 20_000)]
    public async Task Concurrent_sends_on_a_cold_start_make_a_single_token_request()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.SingleTenantOn(_login), _msal);
        // A slow login keeps the first acquisition open while the other sends arrive.
        _login.TokenDelay = TimeSpan.FromMilliseconds(300);

        var sends = Enumerable.Range(0, 8).Select(_ =>
            services.Connector().SendToConversationAsync(_connector.ServiceUrl, ConversationId, Message(), timeout.Token));
        await Task.WhenAll(sends);

        Assert.Single(_login.TokenRequests);
        Assert.Equal(8, _connector.Requests.Count(request => request.Authorization == "Bearer login-token-1"));
    }

    [Fact(Timeout = 20_000)]
    public async Task Local_mode_sends_no_Authorization_header_and_asks_no_login()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.LocalMode(), _msal);

        await services.Connector().SendToConversationAsync(_connector.ServiceUrl, ConversationId, Message(), timeout.Token);

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
        Assert.Empty(_login.TokenRequests);
    }

    [Fact(Timeout = 20_000)]
    public async Task A_refused_secret_fails_with_BotTokenAcquisitionException_before_reaching_the_connector()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(ConnectorTestHost.SingleTenantOn(_login, FakeLogin.RejectedSecret), _msal);

        var failure = await Assert.ThrowsAsync<BotTokenAcquisitionException>(() =>
            services.Connector().SendToConversationAsync(_connector.ServiceUrl, ConversationId, Message(), timeout.Token));

        Assert.Contains("invalid_client", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "digest" };
}
