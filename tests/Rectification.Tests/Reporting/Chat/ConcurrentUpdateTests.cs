using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>Two people updating the same measure at the same moment: both updates land.</summary>
public sealed class ConcurrentUpdateTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task TwoSimultaneousUpdatesOfTheSameMeasureAreBothRecorded()
    {
        var before = await fixture.Factory.HistoryCountAsync(22);

        var first = fixture.Client.AskAsync("update 22.1: 第一位同事的进展 40%", "concurrent-a");
        var second = fixture.Client.AskAsync("update 22.1: 第二位同事的进展 60%", "concurrent-b");
        var replies = await Task.WhenAll(first, second);

        Assert.All(replies, r => Assert.Contains("已记录第22项的进展", TextOf(r), StringComparison.Ordinal));
        var finding = await fixture.Factory.FindingAsync(22);
        Assert.Equal(before + 2, finding.History.Count);
        Assert.Contains(finding.History, e => e.Description == "第一位同事的进展");
        Assert.Contains(finding.History, e => e.Description == "第二位同事的进展");
    }
}
