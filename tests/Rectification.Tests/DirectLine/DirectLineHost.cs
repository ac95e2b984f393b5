using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Rectification.Bot.Channels.DirectLine;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.DirectLine;

/// <summary>The real bot on 127.0.0.1 with a Direct Line secret, and a client speaking the Direct Line 3.0 wire protocol to it.</summary>
public sealed class DirectLineHost : IDisposable
{
    public const string Secret = "direct-line-test-secret-0123456789abcdef";

    public DirectLineHost()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A host with more configuration (internal: a class fixture has one public constructor).</summary>
    internal DirectLineHost(IReadOnlyDictionary<string, string> settings)
    {
        Factory = new BotApplicationFactory()
            .With("DirectLine:Secret", Secret)
            .With("DirectLine:TokenSigningKey", "direct-line-test-signing-key-0123456789abcdef")
            .With("DirectLine:StreamPollInterval", "00:00:00.200");
        foreach (var (key, value) in settings)
        {
            Factory.With(key, value);
        }

        Factory.StartServer();
        Http = Factory.CreateClient();
        Http.Timeout = TimeSpan.FromSeconds(30);
    }

    public BotApplicationFactory Factory { get; }

    public HttpClient Http { get; }

    /// <summary>A token from tokens/generate, as an embedding site would get it with the secret.</summary>
    public async Task<DirectLineConversation> GenerateTokenAsync(string? userId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = userId is null ? null : JsonContent.Create(new { user = new { id = userId, name = "Web tester" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DirectLineConversation>(DirectLineJson.Options))!;
    }

    /// <summary>A conversation started with a fresh token: what Web Chat does first.</summary>
    public async Task<DirectLineConversation> StartAsync(string? userId = null)
    {
        var token = await GenerateTokenAsync(userId);
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token!);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DirectLineConversation>(DirectLineJson.Options))!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body, options: DirectLineJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    /// <summary>Posts a message as Web Chat does; returns the id Direct Line gave it.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, DirectLineActivity activity)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token!, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DirectLineResourceResponse>(DirectLineJson.Options))!.Id;
    }

    public Task<string> SayAsync(DirectLineConversation conversation, string text, string locale = "zh-CN") =>
        PostAsync(conversation, new DirectLineActivity { Type = "message", Text = text, Locale = locale, From = new DirectLineAccount { Id = "ignored", Name = "Web tester" } });

    public async Task<DirectLineActivitySet> ActivitiesAsync(DirectLineConversation conversation, string? watermark = null)
    {
        var query = watermark is null ? string.Empty : "?watermark=" + watermark;
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities{query}", conversation.Token!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DirectLineActivitySet>(DirectLineJson.Options))!;
    }

    /// <summary>Opens the conversation's stream (its streamUrl), bounded in time like every network wait here.</summary>
    public static async Task<ClientWebSocket> OpenStreamAsync(DirectLineConversation conversation)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(conversation.StreamUrl!), timeout.Token);
        return socket;
    }

    /// <summary>The next activity set the stream sends, within ten seconds.</summary>
    public static async Task<DirectLineActivitySet> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);
        Assert.Equal(WebSocketMessageType.Text, received.MessageType);
        return JsonSerializer.Deserialize<DirectLineActivitySet>(Encoding.UTF8.GetString(message.ToArray()), DirectLineJson.Options)!;
    }

    public void Dispose()
    {
        Http.Dispose();
        Factory.Dispose();
    }
}
