using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;
using Rectification.Tests.Fakes;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.BotFramework.Authentication.AuthenticationTestHost;

namespace Rectification.Tests.BotFramework.Authentication;

/// <summary>
/// The whole bot on Kestrel: POST /api/messages with a real token checked against the fake provider, configured
/// only through the flat settings an operator would set.
/// </summary>
public sealed class MessagesEndpointAuthenticationTests : IAsyncLifetime
{
    private FakeOpenIdProvider provider = null!;
    private WebApplicationFactoryWithQuietBot bot = null!;
    private FakeOpenIdTokens tokens = null!;

    public async Task InitializeAsync()
    {
        provider = await FakeOpenIdProvider.StartAsync();
        tokens = new FakeOpenIdTokens(TimeProvider.System, AppId, ServiceUrl);
        bot = new WebApplicationFactoryWithQuietBot();
        bot.With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-secret")
            .With("ToBotFromChannelOpenIdMetadataUrl", provider.ChannelMetadataUrl.ToString())
            .With("ToBotFromEmulatorOpenIdMetadataUrl", provider.EmulatorMetadataUrl.ToString());
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task A_message_with_a_valid_channel_token_gets_200()
    {
        using var response = await PostAsync(Bearer(tokens.Channel(provider.EndorsedChannelKey)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_message_with_an_expired_token_gets_401_with_an_empty_body()
    {
        var expired = tokens.Channel(provider.EndorsedChannelKey, spec =>
        {
            spec.NotBefore = DateTimeOffset.UtcNow.AddHours(-2);
            spec.Expires = DateTimeOffset.UtcNow.AddHours(-1);
        });

        using var response = await PostAsync(Bearer(expired));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_message_without_a_header_gets_401_when_an_app_id_is_configured()
    {
        using var response = await PostAsync(authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string? authorization)
    {
        using var client = bot.CreateClient();
        client.Timeout = CallTimeout;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ActivitySerializer.Serialize(Message()), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The real bot with a conversation that answers nothing: these tests are about the door, not the room.</summary>
    private sealed class WebApplicationFactoryWithQuietBot : BotApplicationFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IConversationBot, QuietBot>());
        }
    }

    private sealed class QuietBot : IConversationBot
    {
        public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
