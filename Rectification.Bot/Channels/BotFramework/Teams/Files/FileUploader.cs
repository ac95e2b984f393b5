using System.Net.Http.Headers;
using Rectification.Bot.Channels.BotFramework.Authentication;

namespace Rectification.Bot.Channels.BotFramework.Teams.Files;

/// <summary>
/// Puts an accepted file's bytes at the upload URL Teams gave, in one PUT with its Content-Range
/// (<c>bytes 0-(n-1)/n</c>), as the Teams docs and samples do. The URL is already authorised, so this client sends no
/// token. Only https is used, or plain http to a loopback host for local fakes.
/// </summary>
internal sealed class FileUploader(HttpClient http)
{
    public const string HttpClientName = "Teams.FileUpload";

    /// <summary>Whether the bytes were taken; false (and why) when the URL is refused or the upload failed.</summary>
    public async Task<(bool Uploaded, string? Problem)> UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        ArgumentNullException.ThrowIfNull(content);
        if (!LoopbackOrHttpsUrl.IsAllowed(uploadUrl))
        {
            return (false, "the upload URL is neither https nor loopback");
        }

        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.LongLength;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(content.LongLength - 1, 0), content.LongLength);
        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = body };
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? (true, null) : (false, $"the upload URL answered {(int)response.StatusCode}");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (false, error.GetType().Name + ": " + error.Message);
        }
    }
}
