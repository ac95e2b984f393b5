using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Supervision;
using Rectification.Tests.People;
using Rectification.Tests.Scheduling;

namespace Rectification.Tests.Supervision;

/// <summary>
/// Reminders on the working-day calendar and raised by colour, on a fake clock across the National Day break of 2024:
/// the digest ledger's findings of 市金融局 are long overdue by then, so red.
/// </summary>
public sealed class SupervisionReminderTests
{
    // Monday 2024-10-07 09:00 in Shanghai: the last day of the National Day break (10-01…10-07).
    private static readonly DateTimeOffset HolidayMonday = new(2024, 10, 7, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task NoReminderGoesOutOnAHolidayAndTheWeeksGoOutOnTheNextWorkingDay()
    {
        using var harness = await HarnessAsync(HolidayMonday);
        var bot = harness.NewInstance("a");

        Assert.Equal(0, await bot.EnqueueRemindersAsync());
        Assert.Empty(await harness.OutboxAsync());

        harness.Clock.Advance(TimeSpan.FromDays(1)); // Tuesday 10-08, a working day
        Assert.True(await bot.EnqueueRemindersAsync() > 0);
        Assert.All(await harness.OutboxAsync(), r => Assert.EndsWith(":2024-W41", r.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARedFindingReachesItsLeaderAndTheAdministratorsAsWellAsTheStaff()
    {
        using var harness = await HarnessAsync(HolidayMonday.AddDays(1));

        await harness.NewInstance("a").EnqueueRemindersAsync();

        var keys = (await harness.OutboxAsync()).Select(r => r.Key).Where(k => k.StartsWith("reminder:1:", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(["reminder:1:admin-wang:2024-W41", "reminder:1:leader-zhao:2024-W41", "reminder:1:staff-jr:2024-W41"], keys);
        Assert.DoesNotContain(await harness.OutboxAsync(), r => r.Key.StartsWith("reminder:7:leader-zhao", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEscalationIsRecordedInTheFindingsHistoryOnce()
    {
        using var harness = await HarnessAsync(HolidayMonday.AddDays(1));
        var a = harness.NewInstance("a");
        var b = harness.NewInstance("b");

        await Task.WhenAll(a.EnqueueRemindersAsync(), b.EnqueueRemindersAsync());
        harness.Clock.Advance(TimeSpan.FromDays(7));
        await a.EnqueueRemindersAsync();

        await using var ledger = harness.Ledger();
        var records = await ledger.ProgressEntries.Where(e => e.Kind == ProgressEntryKind.SupervisionChange && e.Finding!.Number == 1).ToListAsync();
        var record = Assert.Single(records);
        Assert.Equal(SupervisionColour.Red, record.SupervisionColour);
        Assert.StartsWith("列入红色督办：已逾期", record.Description, StringComparison.Ordinal);
        Assert.Equal(ProgressSource.Supervision, record.Source);
    }

    [Fact]
    public async Task TheReminderNamesTheColour()
    {
        using var harness = await HarnessAsync(HolidayMonday.AddDays(1));
        var bot = harness.NewInstance("a");
        await bot.EnqueueRemindersAsync();
        await bot.DeliverAsync();

        Assert.Contains(harness.Channel.Sent, s => s.To.Address.ConversationId == "conv-staff-jr" && s.Message.Text.Contains("第1项", StringComparison.Ordinal)
            && s.Message.Text.Contains("红色督办", StringComparison.Ordinal));
    }

    private static async Task<SchedulingHarness> HarnessAsync(DateTimeOffset now)
    {
        var harness = await SchedulingHarness.CreateAsync(now);
        var since = now.UtcDateTime.AddDays(-60);
        await using (var ledger = harness.Ledger())
        {
            ledger.People.Add(TestPeople.Microsoft("staff-jr", "金融局小李", PersonRole.Staff, "市金融局", since));
            ledger.People.Add(TestPeople.Microsoft("leader-zhao", "赵领导", PersonRole.Leader, null, since));
            ledger.People.Add(TestPeople.Microsoft("admin-wang", "王管理", PersonRole.Admin, null, since));
            var first = await ledger.Findings.SingleAsync(f => f.Number == 1);
            first.Assign(null, "赵领导", null);
            await ledger.SaveChangesAsync();
        }

        await using var db = harness.State();
        foreach (var user in new[] { "staff-jr", "leader-zhao", "admin-wang" })
        {
            await harness.StoreReferenceAsync(db, user);
        }

        return harness;
    }
}
