using Rectification.Bot.Storage;

namespace Rectification.Tests.Scheduling;

/// <summary>Stopping the bot lets the outbox send under way finish and be recorded, and takes up nothing further.</summary>
public sealed class OutboxShutdownTests
{
    private static readonly DateTimeOffset MondayNine = new(2024, 9, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StoppingDuringASendLetsThatSendFinishAsSentAndLeavesTheNextMessageForLater()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        await harness.SubscribeAsync("leader-1");
        await harness.SubscribeAsync("leader-2");
        await harness.NewInstance("a").EnqueueDigestsAsync();
        using var stopping = new CancellationTokenSource();
        harness.Channel.DuringSend = async sendCancelled =>
        {
            await stopping.CancelAsync();
            sendCancelled.ThrowIfCancellationRequested();
        };

        var result = await harness.NewInstance("stopping").DeliverAsync(stopping.Token);

        Assert.Equal(1, result.Sent);
        var rows = await harness.OutboxAsync();
        Assert.Equal([OutboxState.Pending, OutboxState.Sent], rows.Select(r => r.State).Order());
        Assert.Single(harness.Channel.Sent);
    }

    [Fact]
    public async Task ASendStillUnderWayWhenTheGraceRunsOutIsCutOffAndLeftForItsLeaseToRunOut()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        await harness.SubscribeAsync("leader-1");
        await harness.NewInstance("a").EnqueueDigestsAsync();
        using var stopping = new CancellationTokenSource();
        harness.Channel.DuringSend = async sendCancelled =>
        {
            await stopping.CancelAsync();
            harness.Clock.Advance(harness.Options.SendGraceOnStop + TimeSpan.FromSeconds(1));
            sendCancelled.ThrowIfCancellationRequested();
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.NewInstance("stopping").DeliverAsync(stopping.Token));

        Assert.Equal(OutboxState.Sending, Assert.Single(await harness.OutboxAsync()).State);
        Assert.Empty(harness.Channel.Sent);
    }
}
