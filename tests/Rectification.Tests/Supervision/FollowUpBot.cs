using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Scheduling;
using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;

namespace Rectification.Tests.Supervision;

/// <summary>
/// The real bot on a fake clock with a recording proactive channel: item 11 (completed in the announcement) belongs to
/// 科技金融处, whose staff 李科技 and 钱处长 (a leader of the department, its head once an administrator says so) have written to the bot; 赵领导 is its responsible leader, 王管理 the
/// administrator, 孙办公 staff of another department. <see cref="FireAsync"/> runs what the Quartz job runs for follow-up
/// checks, then delivers the outbox.
/// </summary>
internal sealed class FollowUpBot : IDisposable
{
    public const string Department = "科技金融处";

    private FollowUpBot(DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now);
        Factory = new ClockedFactory(this);
        Factory.StartServer();
        Client = new BotClient(Factory.CreateClient());
    }

    public FakeTimeProvider Clock { get; }

    public BotApplicationFactory Factory { get; }

    public BotClient Client { get; }

    public ConcurrentQueue<(StoredConversation To, OutboundMessage Message)> Sent { get; } = new();

    public static async Task<FollowUpBot> StartAsync(DateTimeOffset now)
    {
        var bot = new FollowUpBot(now);
        await bot.Factory.AddPersonAsync("admin-wang", "王管理", PersonRole.Admin);
        await bot.Factory.AddPersonAsync("leader-zhao", "赵领导", PersonRole.Leader);
        await bot.Factory.AddPersonAsync("staff-li", "李科技", PersonRole.Staff, Department);
        await bot.Factory.AddPersonAsync("head-qian", "钱处长", PersonRole.Leader, Department);
        await bot.Factory.AddPersonAsync("staff-sun", "孙办公", PersonRole.Staff, "办公室");
        await using (var scope = bot.Factory.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<Bot.Administration.AdministrationService>();
            Assert.True((await administration.AssignAsync(Domain.People.Actor.Operator("test"), 11, Department, "赵领导", null, null, CancellationToken.None)).Succeeded);
        }

        // Everyone has a personal chat with the bot, where it reaches them first.
        foreach (var user in new[] { "admin-wang", "leader-zhao", "staff-li", "head-qian", "staff-sun" })
        {
            await bot.Client.AskAsync("帮助", user);
        }

        return bot;
    }

    /// <summary>The follow-up checks' firing and the outbox's delivery; the number of messages enqueued.</summary>
    public async Task<int> FireAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var enqueued = await scope.ServiceProvider.GetRequiredService<FollowUpScheduler>().EnqueueDueAsync(ignoreTime: false, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);
        return enqueued;
    }

    /// <summary>Who received proactive messages whose text contains the words, by user id.</summary>
    public List<string> ReceiversOf(string words) =>
        [.. Sent.Where(s => s.Message.Text.Contains(words, StringComparison.Ordinal)).Select(s => s.To.UserId ?? string.Empty).Distinct().Order()];

    public void Dispose() => Factory.Dispose();

    private sealed class ClockedFactory(FollowUpBot bot) : BotApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(bot.Clock);
                services.RemoveAll<IMessageChannel>();
                services.AddSingleton<IMessageChannel>(new Recording(bot.Sent));
            });
        }
    }

    private sealed class Recording(ConcurrentQueue<(StoredConversation To, OutboundMessage Message)> sent) : IMessageChannel
    {
        public string Name => "botframework";

        public ChannelCapabilities Capabilities { get; } = new(null, PersonalChats: true, Proactive: true, EditsMessages: false, MaxMessageLength: 4096);

        public Task<string?> SendAsync(StoredConversation to, OutboundMessage message, CancellationToken cancellationToken)
        {
            sent.Enqueue((to, message));
            return Task.FromResult<string?>("sent-" + sent.Count);
        }

        public Task<StoredConversation> OpenPersonalConversationAsync(StoredConversation known, CancellationToken cancellationToken) =>
            Task.FromResult(known);
    }
}
