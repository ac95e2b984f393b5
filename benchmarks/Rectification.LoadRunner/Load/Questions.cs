using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Rectification.LoadRunner.Reporting;

namespace Rectification.LoadRunner.Load;

/// <summary>Single questions outside the load: the probe before a scenario, and the start-up measurement's.</summary>
public sealed class Questions(HttpClient client)
{
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Asks once and reads the answer: status, how many replies, whether one is an Adaptive Card.</summary>
    public async Task<AnswerProbe> ProbeAsync(string target, Uri uri, string bodyTemplate, string activityId, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(uri, bodyTemplate, activityId, cancellationToken);
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        var (replies, card) = response.IsSuccessStatusCode ? ReadReplies(json) : (0, false);
        return new AnswerProbe(target, (int)response.StatusCode, replies, card);
    }

    /// <summary>Asks once; the time to a successful answer, or null if the endpoint refused or is not listening yet.</summary>
    public async Task<TimeSpan?> TryTimeAsync(Uri uri, string bodyTemplate, string activityId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await PostAsync(uri, bodyTemplate, activityId, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response.IsSuccessStatusCode ? Stopwatch.GetElapsedTime(started) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private Task<HttpResponseMessage> PostAsync(Uri uri, string bodyTemplate, string activityId, CancellationToken cancellationToken)
    {
        var content = new StringContent(TeamsActivityBodies.Body(bodyTemplate, activityId, 0), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return client.PostAsync(uri, content, cancellationToken);
    }

    private static (int Replies, bool AdaptiveCard) ReadReplies(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return (0, false);
        }

        var card = activities.EnumerateArray().Any(a => a.TryGetProperty("attachments", out var attachments)
            && attachments.EnumerateArray().Any(x => x.TryGetProperty("contentType", out var type) && type.GetString() == AdaptiveCardContentType));
        return (activities.GetArrayLength(), card);
    }
}
