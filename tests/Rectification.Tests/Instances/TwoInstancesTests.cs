using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Fakes;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Rounds;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Instances;

/// <summary>
/// Two bot hosts on one database, as two instances behind a load balancer would run (on PostgreSQL in the suite's
/// PostgreSQL pass, on one SQLite file in the other): whatever reaches either, the conversation and the ledger come
/// out as if there were one bot.
/// </summary>
public sealed class TwoInstancesTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ADialogDrivenAlternatelyThroughBothHostsLosesNoStepAndRecordsOneEntry()
    {
        using var pair = InstancePair.Start();
        const string user = "alternating";
        var before = await pair.First.HistoryCountAsync(14);

        Assert.Contains("要汇报哪条措施", TextOf(await pair.FirstBot.AskAsync("汇报第十四项进展", user)), StringComparison.Ordinal);
        Assert.Contains("新的状态", TextOf(await pair.SecondBot.AskAsync("3", user)), StringComparison.Ordinal);
        Assert.Contains("做了哪些工作", TextOf(await pair.FirstBot.AskAsync("推进中 60%", user)), StringComparison.Ordinal);
        Assert.Contains("佐证材料", TextOf(await pair.SecondBot.AskAsync("已完成班子成员考察", user)), StringComparison.Ordinal);
        Assert.Contains("请确认", CardText(await pair.FirstBot.AskAsync("无", user)), StringComparison.Ordinal);
        Assert.Contains("已记录第14项的进展", TextOf(await pair.SecondBot.AskAsync("确认", user)), StringComparison.Ordinal);

        var finding = await pair.First.FindingAsync(14);
        Assert.Equal(before + 1, finding.History.Count);
        Assert.Equal((3, MeasureStatus.InProgress, (int?)60, "已完成班子成员考察"), (finding.LastEntry!.MeasureOrdinal, finding.LastEntry.MeasureStatusAfter, finding.LastEntry.PercentAfter, finding.LastEntry.Description));
        Assert.Equal(0, await pair.First.DialogCountAsync(user));
    }

    [Fact]
    public async Task AConfirmationSentToBothHostsAtOnceIsRecordedOnce()
    {
        using var pair = InstancePair.Start();
        // The race is run a few times over: one run alone may happen to be served one host after the other.
        foreach (var user in Enumerable.Range(1, 4).Select(i => $"double-confirm-{i}"))
        {
            await pair.FirstBot.AskAsync("汇报第十四项进展", user);
            await pair.SecondBot.AskAsync("3", user);
            await pair.FirstBot.AskAsync("推进中 70%", user);
            await pair.SecondBot.AskAsync("完成考察", user);
            await pair.FirstBot.AskAsync("无", user);
            var before = await pair.First.HistoryCountAsync(14);

            // Two messages (two activity ids, as a user tapping twice on two devices), one to each instance.
            var answers = await Task.WhenAll(pair.FirstBot.AskAsync("确认", user), pair.SecondBot.AskAsync("确认", user));

            Assert.Equal(before + 1, await pair.First.HistoryCountAsync(14));
            Assert.Single(answers, a => TextOf(a).Contains("已记录第14项的进展", StringComparison.Ordinal));
            Assert.Equal(0, await pair.First.DialogCountAsync(user));
        }
    }

    [Fact]
    public async Task AStepHeldByAnInstanceThatDiedIsFreeAgainOnceItsLeasePasses()
    {
        using var pair = InstancePair.Start();
        const string user = "died-mid-step";
        await pair.FirstBot.AskAsync("汇报第十四项进展", user);
        var held = DateTime.UtcNow.AddMinutes(5);
        await pair.SecondStateAsync(db => db.DialogStates.ExecuteUpdateAsync(set => set.SetProperty(d => d.StepTakenUntilUtc, held)));

        var meanwhile = TextOf(await pair.SecondBot.AskAsync("3", user));
        await pair.SecondStateAsync(db => db.DialogStates.ExecuteUpdateAsync(set => set.SetProperty(d => d.StepTakenUntilUtc, DateTime.UtcNow.AddSeconds(-1))));
        var after = TextOf(await pair.SecondBot.AskAsync("3", user));

        Assert.Equal(Texts.Chinese.DialogMovedMeanwhile, meanwhile);
        Assert.Contains("新的状态", after, StringComparison.Ordinal);
        Assert.Null((await pair.SecondStateAsync(db => db.DialogStates.SingleAsync())).StepTakenUntilUtc);
    }

    [Fact]
    public async Task OneActivityDeliveredToBothHostsAtOnceIsAnsweredAndRecordedOnce()
    {
        using var pair = InstancePair.Start();
        var before = await pair.First.HistoryCountAsync(15);
        var activity = TestActivities.Message("15.2完成80%", "duplicated");

        var answers = await Task.WhenAll(pair.FirstBot.SendAsync(activity), pair.SecondBot.SendAsync(activity));

        Assert.Single(answers, a => a.Count > 0);
        Assert.Single(answers, a => a.Count == 0);
        Assert.Equal(before + 1, await pair.First.HistoryCountAsync(15));
        Assert.Equal(80, (await pair.Second.FindingAsync(15)).FindMeasure(2)!.PercentComplete);
    }

    [Fact]
    public async Task ANewConversationOpenedOnBothHostsAtOnceIsWelcomedOnce()
    {
        using var pair = InstancePair.Start();
        // Two deliveries of the bot's installation (two activity ids), one to each instance.
        var answers = await Task.WhenAll(pair.FirstBot.SendAsync(BotAdded("newcomer")), pair.SecondBot.SendAsync(BotAdded("newcomer")));

        Assert.Single(answers, a => a.Count > 0);
        Assert.Single(answers, a => a.Count == 0);
    }

    [Fact]
    public async Task AWeeklyDigestDueOnBothHostsIsDeliveredExactlyOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        // The job fires every second on each host, and once at each start: plenty of chances to send twice.
        using var pair = InstancePair.Start(("Scheduling:Enabled", "true"), ("Scheduling:Cron", "* * * * * ?"));
        await pair.First.AddPersonAsync("leader-1", "王局长", PersonRole.Leader);
        var subscribe = TestActivities.Message("订阅周报", "leader-1");
        subscribe.ServiceUrl = connector.ServiceUrl;
        Assert.Contains("已订阅整改进展周报", TextOf(await pair.FirstBot.SendAsync(subscribe)), StringComparison.Ordinal);

        // Subscribed long ago, so this week's digest is due now, whatever the day.
        await pair.SecondStateAsync(db => db.DigestSubscriptions.ExecuteUpdateAsync(set => set.SetProperty(d => d.SubscribedAtUtc, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
        await WaitUntilAsync(() => DigestPosts(connector) > 0);
        // Several more firings on both hosts go by: none may send it again.
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Equal(1, DigestPosts(connector));
        var rows = await pair.SecondStateAsync(db => db.OutboxMessages.ToListAsync());
        Assert.Equal(OutboxState.Sent, Assert.Single(rows).State);
    }

    [Fact]
    public async Task TwoInstancesStartingAtOnceOnAnEmptyDatabaseBothServeOneSeededLedger()
    {
        using var first = new BotApplicationFactory();
        using var second = new BotApplicationFactory(first.Folder) { KeepFolder = true };

        await Task.WhenAll(Task.Run(first.StartServer), Task.Run(second.StartServer));

        Assert.Contains("Item 14", CardText(await Client(first).AskAsync("status of item 14")), StringComparison.Ordinal);
        Assert.Contains("Item 14", CardText(await Client(second).AskAsync("status of item 14")), StringComparison.Ordinal);
        await using var ledger = first.Database.OpenLedger();
        Assert.Equal((1, 29), (await ledger.Inspections.CountAsync(), await ledger.Findings.CountAsync()));
    }

    private static Activity BotAdded(string userId)
    {
        var update = TestActivities.Message(null, userId);
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [update.Recipient!, new ChannelAccount { Id = userId }];
        return update;
    }

    private static BotClient Client(BotApplicationFactory factory)
    {
        var http = factory.CreateClient();
        http.Timeout = Bound;
        return new BotClient(http);
    }

    private static int DigestPosts(FakeConnector connector) =>
        connector.Requests.Count(r => r.Method == "POST" && r.Route == ConnectorRouteKind.Activities);

    private static string CardText(IReadOnlyList<Activity> replies) =>
        string.Join("\n", replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content?.ToJsonString(ActivitySerializer.Options) ?? string.Empty));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Nothing happened within {Bound.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>Two hosts on one folder's database; the first seeds it, the second starts on what the first made.</summary>
    [Fact]
    public async Task ARoundChosenThroughOneHostIsCurrentOnTheOther()
    {
        using var pair = InstancePair.Start();
        const string admin = "round-chooser";
        await pair.First.ImportAsync();
        await pair.First.AddPersonAsync(admin, "钱双机", PersonRole.Admin);
        Assert.Contains(SecondAnnouncement.BundledFirstFindingWords, TextOf(await pair.SecondBot.AskAsync("第1项进展如何", admin)), StringComparison.Ordinal);

        Assert.Contains("当前轮次是第1轮", TextOf(await pair.FirstBot.AskAsync("切换到第1轮巡察", admin)), StringComparison.Ordinal);

        Assert.Contains(SecondAnnouncement.FirstFindingWords, TextOf(await pair.SecondBot.AskAsync("第1项进展如何", admin)), StringComparison.Ordinal);
    }

    private sealed class InstancePair : IDisposable
    {
        private InstancePair(BotApplicationFactory first, BotApplicationFactory second)
        {
            First = first;
            Second = second;
            FirstBot = Client(first);
            SecondBot = Client(second);
        }

        public BotApplicationFactory First { get; }

        public BotApplicationFactory Second { get; }

        public BotClient FirstBot { get; }

        public BotClient SecondBot { get; }

        public static InstancePair Start(params (string Key, string? Value)[] settings)
        {
            var first = Configure(new BotApplicationFactory(), settings);
            first.StartServer();
            var second = Configure(new BotApplicationFactory(first.Folder) { KeepFolder = true }, settings);
            second.StartServer();
            return new InstancePair(first, second);
        }

        public async Task<T> SecondStateAsync<T>(Func<BotStateDbContext, Task<T>> read)
        {
            await using var scope = Second.Services.CreateAsyncScope();
            return await read(scope.ServiceProvider.GetRequiredService<BotStateDbContext>());
        }

        public void Dispose()
        {
            // The second host goes first and leaves the database; the first one drops it.
            Second.Dispose();
            First.Dispose();
        }

        private static BotApplicationFactory Configure(BotApplicationFactory factory, (string Key, string? Value)[] settings)
        {
            foreach (var (key, value) in settings)
            {
                factory.With(key, value);
            }

            return factory;
        }

    }
}
