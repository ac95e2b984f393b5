using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Storage;

/// <summary>
/// A new person's first messages arriving at the same moment both try to store the person's preferences row: one
/// inserts it, the others update it, and every message is answered (the soak met this as a failed turn).
/// </summary>
public sealed class FirstMessagesAtOnceTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task FirstMessagesOfANewPersonSentAtOnceAreAllAnsweredAndStoreOneRow()
    {
        const string Person = "first-at-once";
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fixture.Client.AskAsync("第14项进展如何", Person)))
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(answers, replies => Assert.DoesNotContain(replies, r => r.Text?.Contains("出错", StringComparison.Ordinal) == true));
        Assert.All(answers, replies => Assert.Contains("第14项", BotClient.CardOf(replies).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal));
        using var db = fixture.Factory.Database.OpenBotState();
        Assert.Equal(1, await db.UserPreferences.CountAsync(p => p.UserId == Person));
    }
}
