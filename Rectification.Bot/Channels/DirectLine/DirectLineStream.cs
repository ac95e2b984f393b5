using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream of a conversation: each message is an activity set with its watermark, as Direct Line sends
/// them. New activities come from the database, at once when this instance added them and within
/// DirectLine:StreamPollInterval when another did. The client only listens; it posts over HTTP.
/// </summary>
internal static class DirectLineStream
{
    public static string Url(HttpRequest request, string conversationId, string token, string? watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder { { DirectLineCallers.StreamTokenParameter, token } };
        if (!string.IsNullOrEmpty(watermark))
        {
            query.Add("watermark", watermark);
        }

        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.Root}/conversations/{Uri.EscapeDataString(conversationId)}/stream{query}";
    }

    public static async Task RunAsync(
        string conversationId, string? watermark, HttpContext http, DirectLineCallers callers, DirectLineTranscript transcript,
        DirectLineSignals signals, IOptions<DirectLineOptions> options)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (await callers.FromAsync(http.Request) is not { } caller || !caller.MayUse(conversationId))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (!DirectLineTranscript.TryReadWatermark(watermark, out var after))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var listening = ListenUntilClosedAsync(socket, closing);
        try
        {
            await SendAsync(socket, conversationId, after, transcript, signals, options.Value.StreamPollInterval, closing.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The client went away; there is nobody left to tell.
        }

        await closing.CancelAsync();
        await listening;
    }

    private static async Task SendAsync(
        WebSocket socket, string conversationId, long after, DirectLineTranscript transcript, DirectLineSignals signals, TimeSpan poll, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            // Taken before reading, so an addition between the read and the wait is not slept through.
            var added = signals.NextAsync(conversationId);
            var set = await transcript.AfterAsync(conversationId, after, cancellationToken);
            if (set.Activities.Count > 0)
            {
                var bytes = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJson.Options);
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                after = long.Parse(set.Watermark, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            await Task.WhenAny(added, Task.Delay(poll, cancellationToken));
        }
    }

    /// <summary>Reads (and drops) what the client sends until it closes, then answers the close and stops the sending.</summary>
    private static async Task ListenUntilClosedAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await closing.CancelAsync();
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // Closed from this side (the request ended) or the connection broke.
        }
    }
}
