using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using Rectification.Bot.Administration;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Hosting.Commands;
using Rectification.Tests.BotFramework.Connector;
using Rectification.Tests.Fakes;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>
/// The whole bot on Kestrel as Teams reaches it: inbound activities carry a channel token from a fake OpenID provider,
/// answers go to a fake Connector (the activities' serviceUrl) with a token from a fake Entra login. Retries and
/// turn timings are shortened so every test ends in seconds. One host per test class; tests use their own conversations.
/// </summary>
public class TeamsBotHost : IAsyncLifetime
{
    public const string AppId = ConnectorTestHost.AppId;
    public const string TenantId = "tenant-wuhan";
    public const string BotId = "28:" + AppId;
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly StringBuilder _commandOut = new();
    private FakeOpenIdProvider _provider = null!;
    private FakeLogin _login = null!;
    private FakeOpenIdTokens _tokens = null!;
    private Factory _bot = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public IServiceProvider Services => _bot.Services;

    public string TranscriptFolder => Path.Combine(_bot.Folder, "transcripts");

    public async Task InitializeAsync()
    {
        _provider = await FakeOpenIdProvider.StartAsync();
        _login = await FakeLogin.StartAsync();
        Connector = await FakeConnector.StartAsync();
        _tokens = new FakeOpenIdTokens(TimeProvider.System, AppId, Connector.ServiceUrl);
        _bot = new Factory(_login.CreateMsalHttpClientFactory(), _commandOut);
        var settings = Settings();
        AddSettings(settings);
        foreach (var (key, value) in settings)
        {
            _bot.With(key, value);
        }

        _bot.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await Connector.DisposeAsync();
        await _login.DisposeAsync();
        await _provider.DisposeAsync();
    }

    /// <summary>POSTs an activity with a valid channel token; returns the status and the body (empty when none).</summary>
    public async Task<(int Status, JsonNode? Body)> PostAsync(Activity activity)
    {
        using var client = _bot.CreateClient();
        client.Timeout = WaitLimit;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ActivitySerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Channel(_provider.EndorsedChannelKey));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, body.Length == 0 ? null : JsonNode.Parse(body));
    }

    /// <summary>The Connector requests about one conversation, once at least <paramref name="count"/> arrived (or the wait ran out).</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> RequestsAboutAsync(string conversationId, int count = 1)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var requests = Connector.Requests.Where(r => r.ConversationId == conversationId).ToList();
            if (requests.Count >= count || DateTime.UtcNow > deadline)
            {
                return requests;
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Runs a command-line verb against the running bot's services and returns what it printed.</summary>
    public async Task<(int Exit, string Output)> RunCommandAsync(string name, params string[] arguments)
    {
        await using var scope = Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<IBotCommand>().Single(c => c.Name == name);
        lock (_commandOut)
        {
            _commandOut.Clear();
        }

        var exit = await command.RunAsync(arguments, CancellationToken.None);
        lock (_commandOut)
        {
            return (exit, _commandOut.ToString());
        }
    }

    /// <summary>For a host started with more settings than the Teams ones (e.g. a tenant allow-list).</summary>
    protected virtual void AddSettings(Dictionary<string, string?> settings)
    {
    }

    private Dictionary<string, string?> Settings() => new(ConnectorTestHost.SingleTenantOn(_login))
    {
        ["ToBotFromChannelOpenIdMetadataUrl"] = _provider.ChannelMetadataUrl.ToString(),
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = _provider.EmulatorMetadataUrl.ToString(),
        ["Connector:Retry:TotalTimeout"] = "00:00:05",
        // Answers come within the request; no typing indicator mixed into what the connector records.
        ["BotFramework:Turns:TypingIndicatorAfter"] = "00:00:05",
        ["BotFramework:Turns:AcknowledgeAfter"] = "00:00:08",
        ["Transcripts:Folder"] = TranscriptFolder,
    };

    private sealed class Factory(IMsalHttpClientFactory msal, StringBuilder commandOut) : BotApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(msal);
                services.AddSingleton(new CommandOutput(new StringWriter(commandOut), new StringWriter(commandOut)));
            });
        }
    }
}
