using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Fakes;
using static Rectification.Tests.BotFramework.Authentication.AuthenticationTestHost;

namespace Rectification.Tests.Infrastructure;

/// <summary>
/// The bot as deployed: Security:Mode=Production, an app id, an API key, and inbound Teams activities carrying a
/// channel token from a fake OpenID provider on loopback.
/// </summary>
public sealed class ProductionBot : IAsyncDisposable
{
    private readonly FakeOpenIdProvider _provider;
    private readonly FakeOpenIdTokens _tokens;

    private ProductionBot(FakeOpenIdProvider provider, BotApplicationFactory factory)
    {
        _provider = provider;
        _tokens = new FakeOpenIdTokens(TimeProvider.System, AppId, ServiceUrl);
        Factory = factory;
    }

    public BotApplicationFactory Factory { get; }

    /// <param name="settings">More configuration, e.g. Reporting:AllowUnknownUsers.</param>
    public static async Task<ProductionBot> StartAsync(params (string Key, string? Value)[] settings)
    {
        var provider = await FakeOpenIdProvider.StartAsync();
        var factory = new BotApplicationFactory()
            .InProduction()
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-secret")
            .With("ToBotFromChannelOpenIdMetadataUrl", provider.ChannelMetadataUrl.ToString())
            .With("ToBotFromEmulatorOpenIdMetadataUrl", provider.EmulatorMetadataUrl.ToString());
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        factory.StartServer();
        return new ProductionBot(provider, factory);
    }

    /// <summary>A Teams message from <paramref name="userId"/> with a valid channel token; the replies in the response.</summary>
    public async Task<IReadOnlyList<Activity>> PostAsync(string text, string userId)
    {
        var activity = TestActivities.Message(text, userId);
        activity.ChannelId = "msteams";
        activity.ServiceUrl = ServiceUrl;
        using var client = Factory.CreateClient();
        client.Timeout = CallTimeout;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ActivitySerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(Bearer(_tokens.Channel(_provider.EndorsedChannelKey)));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ActivitySerializer.Options);
        return replies?.Activities ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
