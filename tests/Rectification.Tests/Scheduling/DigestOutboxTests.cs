using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Tests.Reporting;

namespace Rectification.Tests.Scheduling;

/// <summary>Digests through the outbox, on a real SQLite file with a fake clock and a fake channel.</summary>
public sealed class DigestOutboxTests
{
    /// <summary>Monday 15 July 2024, 09:00 in Beijing (01:00Z).</summary>
    private static readonly DateTimeOffset MondayNine = DigestLedger.Now;

    [Fact]
    public async Task Nothing_is_due_before_the_chosen_time_and_one_digest_is_due_at_it()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine.AddMinutes(-1));
        var subscription = await harness.SubscribeAsync("leader-1");
        var bot = harness.NewInstance("a");

        Assert.Equal(0, await bot.EnqueueDigestsAsync());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await bot.EnqueueDigestsAsync());
        Assert.Equal(0, await bot.EnqueueDigestsAsync());

        var row = Assert.Single(await harness.OutboxAsync());
        Assert.Equal($"digest:{subscription.Id}:2024-W29", row.Key);
        Assert.Equal(OutboxState.Pending, row.State);
        Assert.Contains("2024-W28", row.MessageJson, StringComparison.Ordinal); // it covers last complete week
        Assert.Contains("\"type\":\"AdaptiveCard\"", row.MessageJson, StringComparison.Ordinal);

        var result = await bot.DeliverAsync();
        Assert.Equal(1, result.Sent);
        var (to, _) = Assert.Single(harness.Channel.Sent);
        Assert.Equal(("msteams", "conv-leader-1"), (to.Address.ChannelId, to.Address.ConversationId));
        Assert.Equal(OutboxState.Sent, Assert.Single(await harness.OutboxAsync()).State);
    }

    [Fact]
    public async Task Each_subscriber_is_served_at_their_own_time_zones_hour()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        await harness.SubscribeAsync("shanghai");
        await harness.SubscribeAsync("berlin", timeZone: "Europe/Berlin", language: Bot.Localization.Language.English);
        var bot = harness.NewInstance("a");

        Assert.Equal(1, await bot.EnqueueDigestsAsync());
        harness.Clock.Advance(TimeSpan.FromHours(6)); // 07:00Z = 09:00 in Berlin
        Assert.Equal(1, await bot.EnqueueDigestsAsync());

        var rows = await harness.OutboxAsync();
        Assert.All(rows, r => Assert.EndsWith(":2024-W29", r.Key, StringComparison.Ordinal));
        Assert.Contains("Rectification weekly digest", rows[1].MessageJson, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", rows[1].MessageJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_missed_for_weeks_is_sent_once_at_start_up_not_once_per_missed_week()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine.AddDays(-1));
        await harness.SubscribeAsync("leader-1");
        harness.Clock.Advance(TimeSpan.FromDays(22)); // down for three Monday mornings; back on Tuesday of W32

        var bot = harness.NewInstance("restarted");
        Assert.Equal(1, await bot.EnqueueDigestsAsync());
        Assert.Equal(0, await bot.EnqueueDigestsAsync());
        await bot.DeliverAsync();

        Assert.EndsWith(":2024-W32", Assert.Single(await harness.OutboxAsync()).Key, StringComparison.Ordinal);
        Assert.Single(harness.Channel.Sent);
    }

    [Fact]
    public async Task Subscribing_after_this_weeks_time_waits_for_next_week_but_digest_send_serves_now()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine.AddHours(2));
        await harness.SubscribeAsync("late", at: harness.Clock.GetUtcNow());
        var bot = harness.NewInstance("a");

        Assert.Equal(0, await bot.EnqueueDigestsAsync());
        Assert.Equal(1, await bot.EnqueueDigestsAsync(ignoreTime: true));
        Assert.Equal(0, await bot.EnqueueDigestsAsync(ignoreTime: true));
    }

    [Fact]
    public async Task A_double_fire_or_two_schedulers_enqueue_and_send_each_digest_once()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        for (var i = 0; i < 5; i++)
        {
            await harness.SubscribeAsync($"leader-{i}");
        }

        var a = harness.NewInstance("a");
        var b = harness.NewInstance("b");
        var enqueued = await Task.WhenAll(a.EnqueueDigestsAsync(), b.EnqueueDigestsAsync(), a.EnqueueDigestsAsync());
        Assert.Equal(5, enqueued.Sum());
        Assert.Equal(5, (await harness.OutboxAsync()).Count);

        var delivered = await Task.WhenAll(a.DeliverAsync(), b.DeliverAsync(), a.DeliverAsync(), b.DeliverAsync());
        Assert.Equal(5, delivered.Sum(d => d.Sent));
        Assert.Equal(5, harness.Channel.Sent.Count);
        Assert.Equal(5, harness.Channel.Sent.Select(s => s.To.Address.ConversationId).Distinct().Count());
        Assert.All(await harness.OutboxAsync(), r => Assert.Equal(OutboxState.Sent, r.State));
    }

    [Fact]
    public async Task A_crash_between_the_channels_acknowledgement_and_marking_sent_repeats_the_message_at_most_once()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        await harness.SubscribeAsync("leader-1");
        await harness.NewInstance("a").EnqueueDigestsAsync();

        harness.Channel.AfterSend = () => throw new ProcessCrashed();
        await Assert.ThrowsAsync<ProcessCrashed>(() => harness.NewInstance("crashing").DeliverAsync());
        Assert.Equal(OutboxState.Sending, Assert.Single(await harness.OutboxAsync()).State);

        // Another instance does not touch it while the lease holds…
        Assert.Equal(0, (await harness.NewInstance("b").DeliverAsync()).Sent);
        // …then takes it up once, logging the possible repeat.
        harness.Clock.Advance(harness.Options.Lease + TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<ProcessCrashed>(() => harness.NewInstance("crashing-again").DeliverAsync());
        Assert.Contains(harness.Warnings, w => w.Contains("may see this message twice", StringComparison.Ordinal));

        // Interrupted twice: given up rather than sent a third time.
        harness.Channel.AfterSend = null;
        harness.Clock.Advance(harness.Options.Lease + TimeSpan.FromSeconds(1));
        var result = await harness.NewInstance("c").DeliverAsync();

        Assert.Equal(1, result.Abandoned);
        Assert.Equal(2, harness.Channel.Sent.Count);
        Assert.Equal(OutboxState.Abandoned, Assert.Single(await harness.OutboxAsync()).State);
    }

    [Fact]
    public async Task After_one_crash_the_repeat_is_marked_sent_and_never_sent_again()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        await harness.SubscribeAsync("leader-1");
        await harness.NewInstance("a").EnqueueDigestsAsync();
        harness.Channel.AfterSend = () => throw new ProcessCrashed();
        await Assert.ThrowsAsync<ProcessCrashed>(() => harness.NewInstance("crashing").DeliverAsync());

        harness.Channel.AfterSend = null;
        harness.Clock.Advance(harness.Options.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await harness.NewInstance("b").DeliverAsync()).Sent);
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await harness.NewInstance("b").DeliverAsync()).Sent);

        Assert.Equal(2, harness.Channel.Sent.Count);
        Assert.Equal(OutboxState.Sent, Assert.Single(await harness.OutboxAsync()).State);
    }

    [Fact]
    public async Task A_failing_connector_is_retried_with_growing_backoff_and_stays_visible()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        await harness.SubscribeAsync("leader-1");
        var bot = harness.NewInstance("a");
        await bot.EnqueueDigestsAsync();
        harness.Channel.Failures.Enqueue(ProactiveFailure.Transient);
        harness.Channel.Failures.Enqueue(ProactiveFailure.Transient);

        Assert.Equal(1, (await bot.DeliverAsync()).Failed);
        var failed = Assert.Single(await harness.OutboxAsync());
        Assert.Equal(OutboxState.Failed, failed.State);
        Assert.Equal("fake Transient", failed.LastError);
        Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), failed.NextAttemptAtUtc);

        Assert.Equal(0, (await bot.DeliverAsync()).Failed); // not before the backoff
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await bot.DeliverAsync()).Failed);
        Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime.AddMinutes(2), Assert.Single(await harness.OutboxAsync()).NextAttemptAtUtc);

        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await bot.DeliverAsync()).Sent);
        var sent = Assert.Single(await harness.OutboxAsync());
        Assert.Equal((OutboxState.Sent, 3), (sent.State, sent.Attempts));
    }

    [Fact]
    public async Task A_connector_that_keeps_failing_is_given_up_after_the_last_attempt()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        await harness.SubscribeAsync("leader-1");
        var bot = harness.NewInstance("a");
        await bot.EnqueueDigestsAsync();
        for (var i = 0; i < 10; i++)
        {
            harness.Channel.Failures.Enqueue(ProactiveFailure.Transient);
        }

        for (var i = 0; i < 6; i++)
        {
            await bot.DeliverAsync();
            harness.Clock.Advance(TimeSpan.FromHours(3));
        }

        var row = Assert.Single(await harness.OutboxAsync());
        Assert.Equal((OutboxState.Abandoned, harness.Options.MaxAttempts), (row.State, row.Attempts));
        Assert.StartsWith("Gave up after 4 attempts", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_marks_the_subscription_inactive_instead_of_retrying()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        var subscription = await harness.SubscribeAsync("leader-1");
        var bot = harness.NewInstance("a");
        await bot.EnqueueDigestsAsync();
        harness.Channel.Failures.Enqueue(ProactiveFailure.Blocked);

        Assert.Equal(1, (await bot.DeliverAsync()).Abandoned);
        harness.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await bot.EnqueueDigestsAsync());
        Assert.Equal(0, (await bot.DeliverAsync()).Sent);

        await using var db = harness.State();
        var stored = await db.DigestSubscriptions.SingleAsync(s => s.Id == subscription.Id);
        Assert.Equal((false, SubscriptionEndReason.Blocked), (stored.Active, stored.InactiveReason));
        Assert.Equal(OutboxState.Abandoned, Assert.Single(await harness.OutboxAsync()).State);
    }

    [Fact]
    public async Task Reminders_reach_the_owner_departments_staff_at_most_once_per_finding_per_week()
    {
        using var harness = await SchedulingHarness.CreateAsync(MondayNine);
        await using (var ledger = harness.Ledger())
        {
            ledger.People.Add(new Person("staff-jr", "金融局小李", PersonRole.Staff, "市金融局", MondayNine.UtcDateTime.AddDays(-60)));
            ledger.People.Add(new Person("staff-cz", "财政局小王", PersonRole.Staff, "市财政局", MondayNine.UtcDateTime.AddDays(-60)));
            await ledger.SaveChangesAsync();
        }

        await using (var db = harness.State())
        {
            await harness.StoreReferenceAsync(db, "staff-jr");
            await harness.StoreReferenceAsync(db, "staff-cz");
        }

        var bot = harness.NewInstance("a");
        // 市金融局: item 1 overdue and stalled, item 2 due today, item 7 never reported. 市财政局: item 6 due in 15 days and
        // reported a week ago: nothing.
        Assert.Equal(3, await bot.EnqueueRemindersAsync());
        Assert.Equal(0, await bot.EnqueueRemindersAsync());
        harness.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await bot.EnqueueRemindersAsync());

        var keys = (await harness.OutboxAsync()).Select(r => r.Key).ToList();
        Assert.Equal(["reminder:1:staff-jr:2024-W29", "reminder:2:staff-jr:2024-W29", "reminder:7:staff-jr:2024-W29"], keys);
        await bot.DeliverAsync();
        Assert.All(harness.Channel.Sent, s => Assert.Equal("conv-staff-jr", s.To.Address.ConversationId));
        Assert.Contains(harness.Channel.Sent, s => s.Message.Text.Contains("第2项", StringComparison.Ordinal) && s.Message.Text.Contains("今天到期", StringComparison.Ordinal));

        harness.Clock.Advance(TimeSpan.FromDays(4)); // the next Monday
        Assert.True(await bot.EnqueueRemindersAsync() > 0);
        Assert.Contains(await harness.OutboxAsync(), r => r.Key.EndsWith(":2024-W30", StringComparison.Ordinal));
    }

    private sealed class ProcessCrashed : Exception;
}
