using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Rectification.Bot.Channels.BotFramework.Schema;
using Activity = Rectification.Bot.Channels.BotFramework.Schema.Activity;

namespace Rectification.Tests.Fakes;

/// <summary>
/// A Bot Connector (REST API v3) on 127.0.0.1 under a Teams-like path prefix (<c>/amer/</c>). It records every request
/// and answers with success and fresh ids, unless answers were scripted with <see cref="Script"/>: those are used
/// first, one per request, in order.
/// </summary>
public sealed partial class FakeConnector : IAsyncDisposable
{
    public const string PathPrefix = "/amer";

    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ConnectorTestServer? _server;
    private int _lastId;

    /// <summary>The serviceUrl an activity from this "channel" would carry, trailing slash included.</summary>
    public string ServiceUrl => new Uri(_server!.BaseAddress, PathPrefix.TrimStart('/') + "/").AbsoluteUri;

    public IReadOnlyList<ConnectorRequest> Requests => [.. _requests];

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await ConnectorTestServer.StartAsync(connector.AnswerAsync);
        return connector;
    }

    public FakeConnector Script(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(UploadPrefix, StringComparison.Ordinal))
        {
            await ReceiveUploadAsync(context);
            return;
        }

        var request = await RecordAsync(context);
        context.Response.Headers["X-Correlating-OperationId"] = "corr-" + _requests.Count.ToString(CultureInfo.InvariantCulture);
        if (_script.TryDequeue(out var scripted))
        {
            await WriteAsync(context, scripted.Status, scripted.Body, scripted.RetryAfter);
            return;
        }

        var (status, body) = Succeed(request);
        await WriteAsync(context, status, body, retryAfter: null);
    }

    private async Task<ConnectorRequest> RecordAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var route = ConnectorRoute.Parse(rawTarget);
        var request = new ConnectorRequest(
            context.Request.Method, rawTarget, route.Prefix, route.Kind, route.ConversationId, route.ActivityId,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            body, _clock.Elapsed);
        _requests.Enqueue(request);
        return request;
    }

    private (int Status, string? Body) Succeed(ConnectorRequest request) => (request.Method, request.Route) switch
    {
        ("POST", ConnectorRouteKind.Conversations) => (201, new JsonObject
        {
            ["id"] = "a:created-" + NextId(),
            ["activityId"] = request.Json?["activity"] is null ? null : "1:" + NextId(),
            ["serviceUrl"] = ServiceUrl,
        }.ToJsonString()),
        ("POST", ConnectorRouteKind.Activities or ConnectorRouteKind.Activity) => (201, IdBody("1:" + NextId())),
        ("PUT", ConnectorRouteKind.Activity) => (200, IdBody(request.ActivityId!)),
        ("DELETE", ConnectorRouteKind.Activity) => (200, null),
        _ => (404, """{"error":{"code":"NotFound","message":"No such Connector operation in the fake."}}"""),
    };

    private string NextId() => Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);

    private static string IdBody(string id) => new JsonObject { ["id"] = id }.ToJsonString();

    private static async Task WriteAsync(HttpContext context, int status, string? body, string? retryAfter)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body);
        }
    }
}

/// <summary>One request as the fake received it; ids decoded from the raw (still encoded) path.</summary>
public sealed record ConnectorRequest(
    string Method,
    string RawTarget,
    string Prefix,
    ConnectorRouteKind Route,
    string? ConversationId,
    string? ActivityId,
    string? Authorization,
    string Body,
    TimeSpan ReceivedAt)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public Activity? Activity => Body.Length == 0 ? null : ActivitySerializer.Deserialize<Activity>(Body);
}

/// <summary>A canned answer; the factories give the shapes Teams documents.</summary>
public sealed record ScriptedAnswer(int Status, string? Body = null, string? RetryAfter = null)
{
    public static ScriptedAnswer Throttled(string? retryAfter = null) =>
        new(429, Error("Throttled", "Too many requests."), retryAfter);

    public static ScriptedAnswer PreconditionFailed() => new(412, Error("PreconditionFailed", "Precondition failed, please try again."));

    public static ScriptedAnswer BadGateway() => new(502, Error("ServiceError", "Service dependency issue."));

    public static ScriptedAnswer ServiceUnavailable() => new(503);

    public static ScriptedAnswer GatewayTimeout() => new(504);

    public static ScriptedAnswer ServerError() => new(500, Error("ServiceError", "Something broke."));

    /// <summary>Teams' documented ErrorResponse for a user who blocked the bot.</summary>
    public static ScriptedAnswer BlockedByUser() =>
        new(403, Error("ConversationBlockedByUser", "User blocked the conversation with the bot."));

    /// <summary>Teams' other 403 shape (send-proactive-messages): the subCode inside a JSON string.</summary>
    public static ScriptedAnswer MessageWritesBlocked() => new(403,
        """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\",\r\n  \"errorCode\": null,\r\n  \"errorSubCode\": null\r\n}"}""");

    public static ScriptedAnswer NotInRoster() =>
        new(403, Error("BotNotInConversationRoster", "The bot isn't part of the conversation roster."));

    public static ScriptedAnswer TooBig() => new(413, Error("MessageSizeTooBig", "Message size too large."));

    private static string Error(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();
}

public enum ConnectorRouteKind
{
    Unknown,
    Conversations,
    Activities,
    Activity,
}

/// <summary>Splits <c>{prefix}/v3/conversations[/{id}/activities[/{activityId}]]</c> on the raw path.</summary>
internal sealed record ConnectorRoute(string Prefix, ConnectorRouteKind Kind, string? ConversationId, string? ActivityId)
{
    public static ConnectorRoute Parse(string rawTarget)
    {
        var path = rawTarget.Split('?')[0];
        var v3 = path.IndexOf("/v3/", StringComparison.Ordinal);
        if (v3 < 0)
        {
            return new(path, ConnectorRouteKind.Unknown, null, null);
        }

        var segments = path[(v3 + 4)..].Split('/');
        return segments switch
        {
            ["conversations"] => new(path[..v3], ConnectorRouteKind.Conversations, null, null),
            ["conversations", var c, "activities"] => new(path[..v3], ConnectorRouteKind.Activities, Uri.UnescapeDataString(c), null),
            ["conversations", var c, "activities", var a] =>
                new(path[..v3], ConnectorRouteKind.Activity, Uri.UnescapeDataString(c), Uri.UnescapeDataString(a)),
            _ => new(path[..v3], ConnectorRouteKind.Unknown, null, null),
        };
    }
}
