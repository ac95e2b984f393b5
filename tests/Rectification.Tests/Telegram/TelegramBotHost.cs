using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectification.Bot.Channels.Telegram;
using Rectification.Tests.Fakes;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Telegram;

/// <summary>
/// The real bot in webhook mode (or long polling), its Telegram:ApiBaseUrl on a fake Bot API on loopback, so every
/// call goes through the real Telegram.Bot client. Updates are posted to /api/telegram with the secret, as Telegram
/// posts them; the webhook answers after the turn, so the calls it made are all recorded when the post returns.
/// </summary>
public sealed class TelegramBotHost : IAsyncLifetime
{
    public const string Secret = "test-secret_8";

    public const string WebhookUrl = "https://bot.example.org/api/telegram";

    private readonly Dictionary<string, string> _settings = [];
    private int _lastUpdateId = 5000;
    private long _lastChatId = 7100;

    public TelegramBotHost()
        : this(webhook: true)
    {
    }

    private TelegramBotHost(bool webhook) => Webhook = webhook;

    public bool Webhook { get; }

    public FakeTelegramBotApi Api { get; private set; } = null!;

    public BotApplicationFactory Factory { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public static TelegramBotHost Polling() => new(webhook: false);

    /// <summary>Configuration on top of the host's own; set before <see cref="InitializeAsync"/>.</summary>
    public TelegramBotHost With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public int NextUpdateId() => Interlocked.Increment(ref _lastUpdateId);

    /// <summary>A private chat of its own, so one test's dialog never meets another's.</summary>
    public TelegramChat NewChat(string languageCode = "zh-hans") => new(this, Interlocked.Increment(ref _lastChatId), languageCode);

    public async Task InitializeAsync()
    {
        Api = await FakeTelegramBotApi.StartAsync();
        Factory = new BotApplicationFactory()
            .With("Telegram:BotToken", FakeTelegramBotApi.Token)
            .With("Telegram:ApiBaseUrl", Api.BaseUrl);
        foreach (var (key, value) in _settings)
        {
            Factory.With(key, value);
        }

        if (Webhook)
        {
            Factory.With("Telegram:WebhookUrl", WebhookUrl).With("Telegram:SecretToken", Secret);
        }

        Factory.StartServer();
        Http = Factory.CreateClient();
        if (Webhook)
        {
            await Api.WaitForAsync("setWebhook");
        }
    }

    /// <summary>Posts an update as Telegram does; returns the HTTP status.</summary>
    public async Task<HttpStatusCode> PostAsync(JsonObject update, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path) { Content = JsonContent.Create(update) };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, secret);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await Http.SendAsync(request, timeout.Token);
        return response.StatusCode;
    }

    /// <summary>Posts the update and returns what the bot sent, edited and answered while handling it.</summary>
    public async Task<IReadOnlyList<TelegramApiCall>> DeliverAsync(JsonObject update)
    {
        var before = Api.Calls.Count;
        var status = await PostAsync(update);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. Api.Calls.Skip(before).Where(c => c.Method is "sendMessage" or "editMessageText" or "answerCallbackQuery" or "sendDocument" or "sendPhoto")];
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
    }
}

/// <summary>A person in a private chat with the bot.</summary>
public sealed class TelegramChat(TelegramBotHost host, long chatId, string languageCode)
{
    public long ChatId { get; } = chatId;

    public string Key => ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<IReadOnlyList<TelegramApiCall>> SayAsync(string text) =>
        host.DeliverAsync(FakeTelegramUpdates.Message(host.NextUpdateId(), text, ChatId, languageCode, ChatId));

    public Task<IReadOnlyList<TelegramApiCall>> SendDocumentAsync(string? caption, string fileId, string fileName, string mimeType, long size) =>
        host.DeliverAsync(FakeTelegramUpdates.Document(host.NextUpdateId(), caption, fileId, fileName, mimeType, size, ChatId, languageCode));

    public Task<IReadOnlyList<TelegramApiCall>> SendPhotoAsync(string? caption, string fileId) =>
        host.DeliverAsync(FakeTelegramUpdates.Photo(host.NextUpdateId(), caption, fileId, ChatId, languageCode));

    /// <summary>Presses the button with this title under the message the call sent or edited.</summary>
    public Task<IReadOnlyList<TelegramApiCall>> PressAsync(TelegramApiCall message, string title) =>
        host.DeliverAsync(FakeTelegramUpdates.CallbackQuery(host.NextUpdateId(), message.CallbackData(title), message.MessageId!.Value, ChatId, languageCode));

    /// <summary>The one message sent or edited; a failure lists what was sent instead.</summary>
    public static TelegramApiCall Only(IEnumerable<TelegramApiCall> calls)
    {
        var messages = Messages(calls);
        Assert.True(messages.Count == 1, $"{messages.Count} messages: {string.Join(" ‖ ", messages.Select(m => m.Text))}");
        return messages[0];
    }

    /// <summary>The messages sent or edited (not the callback answers).</summary>
    public static IReadOnlyList<TelegramApiCall> Messages(IEnumerable<TelegramApiCall> calls) =>
        [.. calls.Where(c => c.Method is "sendMessage" or "editMessageText")];
}
