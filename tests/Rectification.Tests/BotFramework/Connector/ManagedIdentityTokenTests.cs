using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>
/// Environment variables are process-wide: tests that set them run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Connector process environment";
}

/// <summary>
/// User-assigned managed identity end to end: MSAL finds an App Service identity endpoint through IDENTITY_ENDPOINT
/// and IDENTITY_HEADER (as App Service sets them), here pointed at the fake login on 127.0.0.1.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ManagedIdentityTokenTests : IAsyncLifetime
{
    private const string ManagedIdentityClientId = "c1c1c1c1-0000-4000-8000-00000000000a";
    private static readonly string[] Variables = ["IDENTITY_ENDPOINT", "IDENTITY_HEADER"];

    private readonly Dictionary<string, string?> _saved = Variables.ToDictionary(name => name, Environment.GetEnvironmentVariable);
    private FakeConnector _connector = null!;
    private FakeLogin _login = null!;
    private FakeLoginMsalHttpClientFactory _msal = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _login = await FakeLogin.StartAsync();
        _msal = _login.CreateMsalHttpClientFactory();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _login.ManagedIdentityEndpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", FakeLogin.IdentityHeaderSecret);
    }

    public async Task DisposeAsync()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        _msal.Dispose();
        await _connector.DisposeAsync();
        await _login.DisposeAsync();
    }

    [Fact(Timeout = 20_000)]
    public async Task User_assigned_identity_token_from_the_host_endpoint_is_sent_and_reused()
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        var settings = ConnectorTestHost.FastRetries();
        settings["MicrosoftAppId"] = ManagedIdentityClientId;
        settings["MicrosoftAppType"] = "UserAssignedMSI";
        await using var services = ConnectorTestHost.Build(settings, _msal);

        for (var i = 0; i < 3; i++)
        {
            await services.Connector().SendToConversationAsync(
                _connector.ServiceUrl, "a:conv", new Activity { Type = ActivityTypes.Message, Text = "digest" }, timeout.Token);
        }

        var tokenRequest = Assert.Single(_login.ManagedIdentityRequests);
        Assert.Equal(
            new ManagedIdentityTokenRequest("https://api.botframework.com", ManagedIdentityClientId, "2019-08-01", FakeLogin.IdentityHeaderSecret),
            tokenRequest);
        Assert.All(_connector.Requests, request => Assert.Equal("Bearer mi-token-1", request.Authorization));
        Assert.Empty(_login.TokenRequests);
    }
}
