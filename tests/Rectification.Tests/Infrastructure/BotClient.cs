using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Tests.Infrastructure;

/// <summary>Posts activities to /api/messages over real HTTP and reads expectReplies answers.</summary>
public sealed class BotClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        using var response = await Http.PostAsJsonAsync("/api/messages", activity, ActivitySerializer.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ActivitySerializer.Options);
        return replies?.Activities ?? [];
    }

    public Task<IReadOnlyList<Activity>> AskAsync(string text, string userId = "user-1", string? locale = null) =>
        SendAsync(TestActivities.Message(text, userId, locale));

    /// <summary>The single Adaptive Card among the replies.</summary>
    public static JsonObject CardOf(IReadOnlyList<Activity> replies)
    {
        var cards = replies.SelectMany(r => r.Attachments ?? [])
            .Where(a => a.ContentType == Attachment.AdaptiveCardContentType)
            .Select(a => a.Content!.AsObject())
            .ToList();
        return Assert.Single(cards);
    }
}
