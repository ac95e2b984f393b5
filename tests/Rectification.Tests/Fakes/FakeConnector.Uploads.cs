using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Rectification.Tests.Fakes;

/// <summary>
/// The OneDrive upload session Teams hands a bot in a file consent answer (uploadInfo.uploadUrl): a PUT of the
/// bytes with Content-Range <c>bytes first-last/total</c>. A PUT whose range does not cover the body exactly is
/// refused with 400, as an upload session refuses it; an accepted one is kept and answered 201 with the drive item.
/// </summary>
public sealed partial class FakeConnector
{
    private const string UploadPrefix = "/upload";

    private readonly ConcurrentQueue<ReceivedUpload> _uploads = new();

    public IReadOnlyList<ReceivedUpload> Uploads => [.. _uploads];

    /// <summary>An upload session URL on this fake, as Teams would give one per accepted consent.</summary>
    public string UploadUrl(string session) => new Uri(_server!.BaseAddress, UploadPrefix.TrimStart('/') + "/" + Uri.EscapeDataString(session)).AbsoluteUri;

    private async Task ReceiveUploadAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        var range = context.Request.Headers.ContentRange.ToString();
        var coversBody = ContentRangeHeaderValue.TryParse(range, out var parsed)
            && parsed is { HasRange: true, HasLength: true, From: 0 }
            && parsed.To == bytes.Length - 1 && parsed.Length == bytes.Length;
        if (context.Request.Method != HttpMethods.Put || !coversBody)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var session = Uri.UnescapeDataString(context.Request.Path.Value![(UploadPrefix.Length + 1)..]);
        _uploads.Enqueue(new ReceivedUpload(session, range, context.Request.Headers.Authorization.ToString(), bytes));
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["id"] = session, ["size"] = bytes.Length }.ToJsonString());
    }
}

/// <summary>One upload as the fake took it: the session, the Content-Range sent, any Authorization header, the bytes.</summary>
public sealed record ReceivedUpload(string Session, string ContentRange, string Authorization, byte[] Content);
