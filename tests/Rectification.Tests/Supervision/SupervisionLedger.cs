using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Rectification.Bot.Administration;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;

namespace Rectification.Tests.Supervision;

/// <summary>
/// A bot on a fake clock, Monday 2026-11-30 10:00 in Shanghai, with deadlines on the ladder's every rung: 4 due
/// Thursday (blue, 3 working days), 5 due Friday (4 working days, no colour), 10 due last Friday (yellow), 13 due
/// 2026-11-13 (11 working days overdue, red), 20 signed off and reopened (red), 11 signed off long after its deadline
/// (no colour), 14 in progress without a deadline.
/// </summary>
public sealed class SupervisionLedger : IAsyncLifetime, IDisposable
{
    public const string Department = "科技金融处";

    public static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    public SupervisionLedger()
    {
        Factory = new ClockedFactory(Clock);
        Factory.StartServer();
        Client = new BotClient(Factory.CreateClient());
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public BotApplicationFactory Factory { get; }

    public BotClient Client { get; }

    public async Task InitializeAsync()
    {
        await Factory.AddPersonAsync("admin-wang", "王管理", PersonRole.Admin);
        await Factory.AddPersonAsync("leader-zhao", "赵领导", PersonRole.Leader);
        await Factory.AddPersonAsync("staff-li", "李科技", PersonRole.Staff, Department);
        await AssignAsync(4, new DateOnly(2026, 12, 3));
        await AssignAsync(5, new DateOnly(2026, 12, 4));
        await AssignAsync(10, new DateOnly(2026, 11, 27));
        await AssignAsync(13, new DateOnly(2026, 11, 13));
        await AssignAsync(11, new DateOnly(2026, 10, 9));
        await Client.AskAsync("销号第十一项，理由：已现场核实", "leader-zhao");
        await Client.AskAsync("销号第二十项，理由：已现场核实", "leader-zhao");
        await Client.AskAsync("重新打开第二十项：反弹回潮", "leader-zhao");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Factory.Dispose();

    private async Task AssignAsync(int number, DateOnly deadline)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AdministrationService>()
            .AssignAsync(Actor.Operator("test"), number, Department, null, deadline, null, CancellationToken.None);
        Assert.IsType<ProgressRecorded>(outcome);
    }

    private sealed class ClockedFactory(TimeProvider clock) : BotApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            });
        }
    }
}
