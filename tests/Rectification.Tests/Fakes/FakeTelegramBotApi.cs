using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Rectification.Tests.Fakes;

/// <summary>
/// Telegram's Bot API on 127.0.0.1, speaking its wire protocol: POST /bot&lt;token&gt;/&lt;method&gt; with a JSON or form
/// body, answered {"ok":true,"result":…} or {"ok":false,"error_code":…,"description":…,"parameters":…}. Every call is
/// recorded. Failures can be scripted per method (<see cref="FailNext"/>), updates queued for getUpdates
/// (<see cref="EnqueueUpdate"/>), which waits for one as long polling does.
/// </summary>
public sealed partial class FakeTelegramBotApi : IAsyncDisposable
{
    public const string Token = "123456789:TEST-token_for-the-fake";

    public const long BotId = 123456789;

    public const string BotUsername = "RectificationTestBot";

    private readonly ConcurrentQueue<TelegramApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<TelegramApiFailure>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<JsonObject> _updates = new();
    private readonly SemaphoreSlim _updateArrived = new(0);
    private LoopbackServer? _server;
    private int _lastMessageId = 1000;

    /// <summary>What Telegram:ApiBaseUrl is set to.</summary>
    public string BaseUrl => _server!.BaseAddress.AbsoluteUri.TrimEnd('/');

    public IReadOnlyList<TelegramApiCall> Calls => [.. _calls];

    public static async Task<FakeTelegramBotApi> StartAsync()
    {
        var api = new FakeTelegramBotApi();
        api._server = await LoopbackServer.StartAsync(app => app.Run(api.AnswerAsync));
        return api;
    }

    public IReadOnlyList<TelegramApiCall> CallsOf(string method) =>
        [.. _calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The next call of the method fails with this error (one failure per call, in order).</summary>
    public FakeTelegramBotApi FailNext(string method, int errorCode, string description, int? retryAfter = null)
    {
        _failures.GetOrAdd(method, _ => new ConcurrentQueue<TelegramApiFailure>()).Enqueue(new TelegramApiFailure(errorCode, description, retryAfter));
        return this;
    }

    public void EnqueueUpdate(JsonObject update)
    {
        _updates.Enqueue(update);
        _updateArrived.Release();
    }

    /// <summary>Waits (bounded) until the method has been called at least <paramref name="count"/> times.</summary>
    public async Task<IReadOnlyList<TelegramApiCall>> WaitForAsync(string method, int count = 1, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (CallsOf(method).Count < count)
        {
            try
            {
                await Task.Delay(25, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{method} was called {CallsOf(method).Count} times, not {count}: {string.Join(", ", Calls.Select(c => c.Method))}");
            }
        }

        return CallsOf(method);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _updateArrived.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var prefix = $"/bot{Token}/";
        if (context.Request.Method != HttpMethods.Post || !path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await WriteAsync(context, 404, new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found" });
            return;
        }

        var method = path[prefix.Length..];
        var (body, files) = await ReadBodyAsync(context.Request);
        if (_failures.TryGetValue(method, out var failures) && failures.TryDequeue(out var failure))
        {
            _calls.Enqueue(new TelegramApiCall(method, body, Failed: failure));
            await WriteAsync(context, failure.ErrorCode, failure.ToJson());
            return;
        }

        JsonNode result;
        if (string.Equals(method, "getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            // Recorded when asked: a long poll may wait a while for its answer.
            _calls.Enqueue(new TelegramApiCall(method, body));
            result = await UpdatesAsync(body, context.RequestAborted);
        }
        else
        {
            result = Result(method, body);
            _calls.Enqueue(new TelegramApiCall(method, body, (result as JsonObject)?["message_id"]?.GetValue<int>()) { Files = files });
        }

        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private JsonNode Result(string method, JsonObject body) => method.ToUpperInvariant() switch
    {
        "GETME" => new JsonObject
        {
            ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "巡察整改助手", ["username"] = BotUsername,
            ["can_join_groups"] = true, ["can_read_all_group_messages"] = false, ["supports_inline_queries"] = false,
        },
        "SENDMESSAGE" or "SENDDOCUMENT" or "SENDPHOTO" => SentMessage(body, Interlocked.Increment(ref _lastMessageId)),
        "EDITMESSAGETEXT" => SentMessage(body, body["message_id"]?.GetValue<int>() ?? 0),
        _ => true,
    };

    private static JsonObject SentMessage(JsonObject body, int messageId)
    {
        var chatId = body["chat_id"]?.ToString() ?? "0";
        return new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject
            {
                ["id"] = long.Parse(chatId, CultureInfo.InvariantCulture),
                ["type"] = chatId.StartsWith('-') ? "group" : "private",
            },
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "巡察整改助手", ["username"] = BotUsername },
            ["text"] = body["text"]?.GetValue<string>() ?? string.Empty,
        };
    }

    /// <summary>The queued updates from the offset on; with none, waits up to the request's timeout for one.</summary>
    private async Task<JsonArray> UpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var timeout = TimeSpan.FromSeconds(Math.Min(body["timeout"]?.GetValue<int>() ?? 0, 30));
        var pending = _updates.Where(u => u["update_id"]!.GetValue<int>() >= offset).ToList();
        if (pending.Count == 0)
        {
            try
            {
                await _updateArrived.WaitAsync(timeout, aborted);
            }
            catch (OperationCanceledException)
            {
                return [];
            }

            pending = [.. _updates.Where(u => u["update_id"]!.GetValue<int>() >= offset)];
        }

        return [.. pending.Select(u => u.DeepClone())];
    }

    /// <summary>The parameters, and the files of a multipart upload (sendDocument, sendPhoto) by field name.</summary>
    private static async Task<(JsonObject Body, IReadOnlyList<TelegramUploadedFile> Files)> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                var text = value.ToString();
                fields[key] = text.StartsWith('[') || text.StartsWith('{') ? JsonNode.Parse(text) : text;
            }

            var files = new List<TelegramUploadedFile>();
            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content);
                files.Add(new TelegramUploadedFile(file.Name, file.FileName, content.ToArray()));
            }

            return (fields, files);
        }

        var json = await new StreamReader(request.Body).ReadToEndAsync();
        return (json.Length == 0 ? [] : JsonNode.Parse(json) as JsonObject ?? [], []);
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}

/// <summary>
/// One call to the fake Bot API: the method, its parameters, the id of the message it sent or edited, and the error
/// it was answered with, if scripted.
/// </summary>
public sealed record TelegramApiCall(string Method, JsonObject Body, int? MessageId = null, TelegramApiFailure? Failed = null)
{
    public string? Text => Body["text"]?.GetValue<string>();

    /// <summary>The files uploaded with the call (multipart), none for a JSON call.</summary>
    public IReadOnlyList<TelegramUploadedFile> Files { get; init; } = [];

    public string? ChatId => Body["chat_id"]?.ToString();

    /// <summary>The inline keyboard's buttons, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<JsonObject>> Keyboard =>
        Body["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? [.. rows.Select(row => (IReadOnlyList<JsonObject>)[.. row!.AsArray().Select(b => b!.AsObject())])]
            : [];

    /// <summary>The callback data of the button with this title (for pressing it).</summary>
    public string CallbackData(string title) =>
        Keyboard.SelectMany(row => row).First(b => b["text"]?.GetValue<string>() == title)["callback_data"]!.GetValue<string>();
}

/// <summary>
/// A file uploaded in a multipart call: its form field (which the parameter names as attach://field), its file name
/// and its bytes.
/// </summary>
public sealed record TelegramUploadedFile(string Field, string FileName, byte[] Content);

/// <summary>A scripted error answer.</summary>
public sealed record TelegramApiFailure(int ErrorCode, string Description, int? RetryAfter)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["ok"] = false, ["error_code"] = ErrorCode, ["description"] = Description };
        if (RetryAfter is { } seconds)
        {
            json["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return json;
    }
}
