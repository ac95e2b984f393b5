using System.Net;
using Rectification.Bot.Channels.DirectLine;
using Rectification.Bot.Security.RateLimiting;

namespace Rectification.Tests.DirectLine;

/// <summary>
/// The per-person limit on Direct Line, keyed by the token's user (so a new conversation does not reset it), and the
/// per-address limit on its endpoints.
/// </summary>
public sealed class DirectLineRateLimitTests(DirectLineRateLimitTests.LimitedHost limited) : IClassFixture<DirectLineRateLimitTests.LimitedHost>
{
    private DirectLineHost Host => limited.Host;

    [Fact]
    public async Task AUserOverTheLimitIsToldOnceEvenAcrossConversationsWhileAnotherUserIsAnswered()
    {
        var first = await Host.StartAsync("web-flooder");
        var second = await Host.StartAsync("web-flooder");
        var other = await Host.StartAsync("web-other");

        var answered = await BotRepliesAsync(first, "第十四项进展如何");
        answered.AddRange(await BotRepliesAsync(first, "第十四项进展如何"));
        var cutOff = await BotRepliesAsync(second, "第十四项进展如何");
        cutOff.AddRange(await BotRepliesAsync(second, "第十四项进展如何"));
        var othersAnswer = await BotRepliesAsync(other, "第十四项进展如何");

        Assert.Equal(2, answered.Count(a => a.Attachments is { Count: > 0 }));
        Assert.Equal("您发送得太快了，请稍后再试。", Assert.Single(cutOff).Text);
        Assert.Contains("金融发展促进中心组建有名无实", Assert.Single(Assert.Single(othersAnswer).Attachments!).Content!.ToJsonString(DirectLineJson.Options), StringComparison.Ordinal);
    }

    private async Task<List<DirectLineActivity>> BotRepliesAsync(DirectLineConversation conversation, string text)
    {
        var before = await Host.ActivitiesAsync(conversation);
        await Host.SayAsync(conversation, text);
        var after = await Host.ActivitiesAsync(conversation, before.Watermark);
        return [.. after.Activities.Where(a => a.From?.Role == "bot")];
    }

    public sealed class LimitedHost : IDisposable
    {
        public DirectLineHost Host { get; } = new(new Dictionary<string, string>
        {
            [$"{RateLimitOptions.Section}:{nameof(RateLimitOptions.MessagesPerUser)}"] = "2",
            [$"{RateLimitOptions.Section}:{nameof(RateLimitOptions.UserWindow)}"] = "00:01:00",
        });

        public void Dispose() => Host.Dispose();
    }
}

/// <summary>The per-address limit: one client address hammering Direct Line gets 429 with Retry-After.</summary>
public sealed class DirectLineAddressLimitTests
{
    [Fact]
    public async Task RequestsFromOneAddressOverTheLimitAreRefusedWith429AndRetryAfter()
    {
        using var host = new DirectLineHost(new Dictionary<string, string>
        {
            [$"{RateLimitOptions.Section}:{nameof(RateLimitOptions.RequestsPerAddress)}"] = "3",
            [$"{RateLimitOptions.Section}:{nameof(RateLimitOptions.AddressWindow)}"] = "00:01:00",
        });
        var conversation = await host.StartAsync("web-hammer");
        // tokens/generate and conversations took two of the three; the third is a post.
        await host.SayAsync(conversation, "第十四项进展如何");

        using var refused = await host.SendAsync(HttpMethod.Get, $"{DirectLineEndpoints.Root}/conversations/{conversation.ConversationId}/activities", conversation.Token!);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);
    }
}
