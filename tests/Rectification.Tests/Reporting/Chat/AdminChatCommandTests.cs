using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>Administrators manage people and assignments in chat; others are refused and told whom to ask.</summary>
public sealed class AdminChatCommandTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public Task InitializeAsync() => _factory.AddPersonAsync("chat-admin", "钱管理", PersonRole.Admin);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnAdministratorAddsAPersonSetsTheRoleAndAssignsAFinding()
    {
        Assert.Contains("已添加孙员工", TextOf(await _bot.AskAsync("添加人员 chat-staff 孙员工 员工 综合处", "chat-admin")), StringComparison.Ordinal);
        Assert.Contains("now leader", TextOf(await _bot.AskAsync("/people set-role chat-staff leader", "chat-admin")), StringComparison.Ordinal);
        Assert.Contains("孙员工", TextOf(await _bot.AskAsync("人员列表", "chat-admin")), StringComparison.Ordinal);

        Assert.Contains("已将第25项分配给综合处", TextOf(await _bot.AskAsync("分配 25 综合处 周主任 2024-09-30", "chat-admin")), StringComparison.Ordinal);

        var finding = await _factory.FindingAsync(25);
        Assert.Equal("综合处", finding.ResponsibleDepartment);
        Assert.Equal("周主任", finding.ResponsibleLeader);
        Assert.Equal(new DateOnly(2024, 9, 30), finding.Deadline);
    }

    [Fact]
    public async Task SomeoneElseIsRefusedWithTheAdministratorsNamed()
    {
        var refused = TextOf(await _bot.AskAsync("/people add intruder Mallory admin", "not-an-admin"));

        Assert.Contains("You are not registered", refused, StringComparison.Ordinal);
        Assert.Contains("钱管理", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedCommandExplainsTheCommands()
    {
        Assert.Contains("添加人员 <用户ID>", TextOf(await _bot.AskAsync("添加人员 只有一个词", "chat-admin")), StringComparison.Ordinal);
    }
}
