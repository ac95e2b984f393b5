using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Rectification.Bot.Administration;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Scheduling;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Fakes;
using Rectification.Tests.Infrastructure;

using Rectification.Tests.People;

namespace Rectification.Tests.Scheduling;

/// <summary>
/// Subscriptions and the digest end to end: the real bot over HTTP on its own SQLite file, a recording proactive
/// channel in place of the connector, the `digest` command run in-process, and Quartz started for real once.
/// </summary>
public sealed class DigestConversationTests
{
    [Fact]
    public async Task A_leader_subscribes_asks_for_the_digest_and_unsubscribes_others_are_told_whom_to_ask()
    {
        using var bot = await DigestBot.StartAsync(schedulerEnabled: false);

        var refused = Assert.Single(await bot.Client.AskAsync("订阅周报", userId: "stranger"));
        Assert.Contains("周报仅向领导提供", refused.Text, StringComparison.Ordinal);
        Assert.Contains("管理员甲", refused.Text, StringComparison.Ordinal);

        var subscribed = Assert.Single(await bot.Client.AskAsync("订阅周报 每周五17点", userId: "leader-1"));
        Assert.Contains("每周五 17:00（Asia/Shanghai）", subscribed.Text, StringComparison.Ordinal);

        var mine = Assert.Single(await bot.Client.AskAsync("my subscription", userId: "leader-1"));
        Assert.Contains("every Friday at 17:00 (Asia/Shanghai)", mine.Text, StringComparison.Ordinal);

        var digest = Assert.Single(await bot.Client.AskAsync("本周周报", userId: "leader-1"));
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(digest.Attachments!).ContentType);
        Assert.Contains("整改进展周报", BotClient.CardOf([digest]).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);

        var stored = await bot.StateAsync(db => db.DigestSubscriptions.SingleAsync());
        Assert.Equal(("emulator", "leader-1", "conversation-leader-1", DayOfWeek.Friday, new TimeOnly(17, 0), true),
            (stored.ChannelId, stored.UserId, stored.ConversationId, stored.Day, stored.LocalTime, stored.Active));

        var gone = Assert.Single(await bot.Client.AskAsync("取消订阅", userId: "leader-1"));
        Assert.Contains("已取消周报订阅", gone.Text, StringComparison.Ordinal);
        Assert.False((await bot.StateAsync(db => db.DigestSubscriptions.SingleAsync())).Active);
    }

    [Fact]
    public async Task The_digest_so_far_this_week_covers_the_current_week_and_digest_now_the_last_complete_one()
    {
        using var bot = await DigestBot.StartAsync(schedulerEnabled: false);
        var zone = Rectification.Domain.Reporting.OfficeTimeZone.Resolve("Asia/Shanghai");
        var current = Rectification.Domain.Reporting.DigestPeriod.Containing(DateTimeOffset.UtcNow, zone);

        var soFar = BotClient.CardOf(await bot.Client.AskAsync("本周到目前为止的周报", userId: "leader-1")).ToJsonString(ActivitySerializer.Options);
        var last = BotClient.CardOf(await bot.Client.AskAsync("本周周报", userId: "leader-1")).ToJsonString(ActivitySerializer.Options);
        var english = BotClient.CardOf(await bot.Client.AskAsync("digest so far this week", userId: "leader-1")).ToJsonString(ActivitySerializer.Options);

        Assert.Contains(current.Key, soFar, StringComparison.Ordinal);
        Assert.Contains(current.Key, english, StringComparison.Ordinal);
        Assert.Contains(current.Previous().Key, last, StringComparison.Ordinal);
        Assert.DoesNotContain(current.Key, last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_time_zone_comes_from_the_client_and_digest_send_serves_each_subscriber_once()
    {
        using var bot = await DigestBot.StartAsync(schedulerEnabled: false);
        var subscribe = TestActivities.Message("subscribe to the weekly digest", userId: "leader-1");
        subscribe.LocalTimezone = "Europe/Berlin";
        Assert.Contains("every Monday at 09:00 (Europe/Berlin)", Assert.Single(await bot.Client.SendAsync(subscribe)).Text, StringComparison.Ordinal);

        var first = await bot.RunAsync("digest", "send");
        var second = await bot.RunAsync("digest", "send");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Digests enqueued: 1. Delivered: 1", first.Output, StringComparison.Ordinal);
        Assert.Contains("Digests enqueued: 0. Delivered: 0", second.Output, StringComparison.Ordinal);
        var (to, digest) = Assert.Single(bot.Channel.Sent);
        Assert.Equal(("emulator", "conversation-leader-1"), (to.Address.ChannelId, to.Address.ConversationId));
        Assert.Contains("Rectification weekly digest", digest.Summary, StringComparison.Ordinal);

        var status = await bot.RunAsync("digest", "status");
        Assert.Contains("Active subscriptions: 1. Messages not sent: 0.", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_send_reaches_the_stored_conversation_through_the_real_connector_in_local_mode_and_a_403_stops_the_subscription()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var bot = await DigestBot.StartAsync(schedulerEnabled: false, recordSends: false);
        foreach (var user in new[] { "leader-1", "admin-1" })
        {
            var subscribe = TestActivities.Message("订阅周报", userId: user);
            subscribe.ServiceUrl = connector.ServiceUrl;
            Assert.Contains("已订阅整改进展周报", Assert.Single(await bot.Client.SendAsync(subscribe)).Text, StringComparison.Ordinal);
        }

        connector.Script(ScriptedAnswer.MessageWritesBlocked());
        var sent = await bot.RunAsync("digest", "send");

        var posts = connector.Requests.Where(r => r.Method == "POST" && r.Route == ConnectorRouteKind.Activities).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Contains(posts, p => p.ConversationId == "conversation-admin-1" || p.ConversationId == "conversation-leader-1");
        Assert.All(posts, p => Assert.Null(p.Authorization)); // local mode: no token, as for the Emulator
        Assert.Contains(posts, p => p.Activity?.Attachments?.SingleOrDefault()?.ContentType == "application/vnd.microsoft.card.adaptive");
        Assert.Contains("Digests enqueued: 2. Delivered: 1, to retry: 0, given up: 1.", sent.Output, StringComparison.Ordinal);
        Assert.Equal(1, sent.ExitCode);

        var subscriptions = await bot.StateAsync(db => db.DigestSubscriptions.OrderBy(s => s.Id).ToListAsync());
        Assert.Equal([false, true], subscriptions.Select(s => s.Active));
        Assert.Equal(SubscriptionEndReason.Blocked, subscriptions[0].InactiveReason);
        var status = await bot.RunAsync("digest", "status");
        Assert.Contains("Abandoned", status.Output, StringComparison.Ordinal);
        Assert.Contains("stopped: Blocked", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_preview_prints_the_Markdown_or_with_json_the_activity()
    {
        using var bot = await DigestBot.StartAsync(schedulerEnabled: false);

        var markdown = await bot.RunAsync("digest", "preview", "--as", "leader-1");
        var json = await bot.RunAsync("digest", "preview", "--as", "leader-1", "--json");
        var usage = await bot.RunAsync("digest", "preview");

        Assert.StartsWith("**整改进展周报", markdown.Output, StringComparison.Ordinal);
        var digest = MessageJson.ReadMessage(json.Output);
        Assert.StartsWith("**整改进展周报", digest.Text, StringComparison.Ordinal);
        Assert.Equal(CardVersion.V1_2, digest.Card!.Version);
        Assert.Equal(2, usage.ExitCode);
    }

    [Fact]
    public async Task Digest_preview_carries_the_supervision_section_and_the_leaders_own_findings_first_as_the_card_does()
    {
        using var bot = await DigestBot.StartAsync(schedulerEnabled: false);
        await using (var scope = bot.Factory.Services.CreateAsyncScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await ledger.Findings.Where(f => f.Number == 3).ExecuteUpdateAsync(set => set
                .SetProperty(f => f.ResponsibleLeader, "王局长")
                .SetProperty(f => f.RecurrenceCount, 2));
        }

        var markdown = (await bot.RunAsync("digest", "preview", "--as", "leader-1")).Output;
        var card = MessageJson.ReadMessage((await bot.RunAsync("digest", "preview", "--as", "leader-1", "--json")).Output).Card!;
        var chat = BotClient.CardOf(await bot.Client.AskAsync("本周周报", userId: "leader-1")).ToJsonString(ActivitySerializer.Options);

        foreach (var line in new[] { "王局长是第3项的责任领导", "督办情况", "反弹回潮（回头看发现）：第3项 2 次" })
        {
            Assert.Contains(line, markdown, StringComparison.Ordinal);
            Assert.Contains(line, CardSerializer.ToJson(card), StringComparison.Ordinal);
            Assert.Contains(line, chat, StringComparison.Ordinal);
        }

        Assert.True(markdown.IndexOf("王局长是第3项的责任领导", StringComparison.Ordinal) < markdown.IndexOf("督办情况", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quartz_runs_the_job_from_its_persistent_store_in_the_bots_database()
    {
        using var bot = await DigestBot.StartAsync(schedulerEnabled: true);
        Assert.Single(await bot.Client.AskAsync("订阅周报", userId: "leader-1"));
        // Subscribed long ago, so this week's digest is due whatever the day.
        await bot.StateAsync(db => db.DigestSubscriptions.ExecuteUpdateAsync(set => set.SetProperty(d => d.SubscribedAtUtc, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc))));

        var scheduler = await bot.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var metadata = await scheduler.GetMetadata();
        Assert.NotNull(metadata.RunningSince);
        Assert.True(metadata.JobStorePersistent);
        await scheduler.TriggerJob(WeeklyMessagesJob.Key);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (bot.Channel.Sent.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Single(bot.Channel.Sent);
        var rows = await bot.StateAsync(db => db.OutboxMessages.ToListAsync());
        Assert.Equal(OutboxState.Sent, Assert.Single(rows).State);
    }

    private sealed class DigestBot : IDisposable
    {
        private readonly StringBuilder _out = new();
        private readonly StringBuilder _error = new();

        private readonly bool _recordSends;

        private DigestBot(bool schedulerEnabled, bool recordSends)
        {
            _recordSends = recordSends;
            Factory = new DigestFactory(this);
            Factory.With("Scheduling:Enabled", schedulerEnabled ? "true" : "false");
            Factory.StartServer();
            Client = new BotClient(Factory.CreateClient());
        }

        public DigestFactory Factory { get; }

        public BotClient Client { get; }

        public RecordingChannel Channel { get; } = new();

        /// <param name="recordSends">True: a recording channel replaces the Bot Framework one; false: real sends.</param>
        public static async Task<DigestBot> StartAsync(bool schedulerEnabled, bool recordSends = true)
        {
            var bot = new DigestBot(schedulerEnabled, recordSends);
            await using var scope = bot.Factory.Services.CreateAsyncScope();
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            ledger.People.Add(TestPeople.Microsoft("leader-1", "王局长", PersonRole.Leader, null, DateTime.UtcNow));
            ledger.People.Add(TestPeople.Microsoft("admin-1", "管理员甲", PersonRole.Admin, null, DateTime.UtcNow));
            await ledger.SaveChangesAsync();
            return bot;
        }

        public async Task<T> StateAsync<T>(Func<BotStateDbContext, Task<T>> read)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            return await read(scope.ServiceProvider.GetRequiredService<BotStateDbContext>());
        }

        public async Task<(int ExitCode, string Output)> RunAsync(params string[] words)
        {
            _out.Clear();
            _error.Clear();
            await using var scope = Factory.Services.CreateAsyncScope();
            var command = scope.ServiceProvider.GetServices<IBotCommand>().Single(c => c.Name == words[0]);
            var exit = await command.RunAsync(words.Skip(1).ToList(), CancellationToken.None);
            return (exit, _out.ToString());
        }

        public void Dispose() => Factory.Dispose();

        internal sealed class DigestFactory(DigestBot bot) : BotApplicationFactory
        {
            protected override void ConfigureWebHost(IWebHostBuilder builder)
            {
                base.ConfigureWebHost(builder);
                builder.ConfigureTestServices(services =>
                {
                    services.AddSingleton(new CommandOutput(new StringWriter(bot._out), new StringWriter(bot._error)));
                    if (bot._recordSends)
                    {
                        services.RemoveAll<IMessageChannel>();
                        services.AddSingleton<IMessageChannel>(bot.Channel);
                    }
                });
            }
        }
    }

    private sealed class RecordingChannel : IMessageChannel
    {
        public ConcurrentQueue<(StoredConversation To, OutboundMessage Message)> Sent { get; } = new();

        public string Name => "botframework";

        public ChannelCapabilities Capabilities { get; } = new(null, PersonalChats: true, Proactive: true, EditsMessages: false, MaxMessageLength: 4096);

        public Task<string?> SendAsync(StoredConversation to, OutboundMessage message, CancellationToken cancellationToken)
        {
            Sent.Enqueue((to, message));
            return Task.FromResult<string?>("sent-" + Sent.Count);
        }

        public Task<StoredConversation> OpenPersonalConversationAsync(StoredConversation known, CancellationToken cancellationToken) =>
            Task.FromResult(known);
    }
}
