using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;
using Rectification.Tests.Cards;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>"History of item 14" is a card with every entry, superseded ones marked as such.</summary>
public sealed class HistoryCardTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task TheHistoryCardShowsEveryEntryAndMarksSupersededOnes()
    {
        await fixture.Client.AskAsync("update 26.1: 初次汇报的说法 30%", "history-user");
        var wrong = (await fixture.Factory.FindingAsync(26)).LastEntry!;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<AdministrationService>()
                .CorrectAsync(Actor.Operator("test"), 26, wrong.Id, "更正后的说法", null, null, CancellationToken.None);
            Assert.True(outcome.Succeeded);
        }

        var replies = await fixture.Client.AskAsync("history of item 26", "history-user");

        var json = BotClient.CardOf(replies).ToJsonString(ActivitySerializer.Options);
        Assert.Empty(AdaptiveCardSchemas.Problems(json));
        Assert.Contains("初次汇报的说法", json, StringComparison.Ordinal);
        Assert.Contains("更正后的说法", json, StringComparison.Ordinal);
        Assert.Contains("superseded by a correction", json, StringComparison.Ordinal);
        Assert.Equal((await fixture.Factory.FindingAsync(26)).History.Count, CountOf(json, "\"separator\":true"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
