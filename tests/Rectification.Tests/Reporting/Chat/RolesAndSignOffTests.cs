using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>Who may report, sign off and reopen, in chat; every refusal says why and whom to ask.</summary>
public sealed class RolesAndSignOffTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public async Task InitializeAsync()
    {
        await _factory.AddPersonAsync("admin-wang", "王管理", PersonRole.Admin);
        await _factory.AddPersonAsync("leader-li", "李领导", PersonRole.Leader);
        await _factory.AddPersonAsync("staff-office", "张办公室", PersonRole.Staff, "办公室");
        await _factory.AddPersonAsync("staff-risk", "赵风险", PersonRole.Staff, "风险处");
        await _factory.AssignAsync(19, "办公室");
        await _factory.AssignAsync(20, "办公室");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task StaffOfAnotherDepartmentIsRefusedWithTheAdministratorsNamed()
    {
        var before = await _factory.HistoryCountAsync(19);

        var refused = TextOf(await _bot.AskAsync("update 19.1: 已完成流程修订 50%", "staff-risk"));

        Assert.Contains("其他处室负责", refused, StringComparison.Ordinal);
        Assert.Contains("王管理", refused, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(19));

        var dialog = TextOf(await _bot.AskAsync("report progress on item 19", "staff-risk"));
        Assert.Contains("Another department", dialog, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(19));
    }

    [Fact]
    public async Task StaffOfTheResponsibleDepartmentMayReport()
    {
        var replies = TextOf(await _bot.AskAsync("update 19.1: 已完成流程修订 50%", "staff-office"));

        Assert.Contains("已记录第19项的进展", replies, StringComparison.Ordinal);
        Assert.Equal("张办公室", (await _factory.FindingAsync(19)).LastEntry!.AuthorName);
    }

    [Fact]
    public async Task ALeaderSignsOffACompletedFindingAndReopensItWithAReason()
    {
        var finding = await _factory.FindingAsync(20);
        foreach (var measure in finding.Measures.Where(m => m.Status != MeasureStatus.Completed))
        {
            var ordinal = measure.Ordinal.ToString(CultureInfo.InvariantCulture);
            Assert.Contains("已记录", TextOf(await _bot.AskAsync($"update 20.{ordinal}: 已落实用车管理 100%", "staff-office")), StringComparison.Ordinal);
        }

        Assert.Equal(FindingStatus.Completed, (await _factory.FindingAsync(20)).Status);
        await _bot.BackCompletedWorkInChatAsync(_factory, 20, "staff-office");

        var staffRefused = TextOf(await _bot.AskAsync("销号第二十项", "staff-office"));
        Assert.Contains("只有领导", staffRefused, StringComparison.Ordinal);
        Assert.Contains("李领导", staffRefused, StringComparison.Ordinal);

        var signedOff = TextOf(await _bot.AskAsync("销号第二十项", "leader-li"));
        Assert.Contains("第20项已销号", signedOff, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.SignedOff, (await _factory.FindingAsync(20)).Status);

        var closed = TextOf(await _bot.AskAsync("update 20.1: 又做了一些 100%", "staff-office"));
        Assert.Contains("已销号", closed, StringComparison.Ordinal);

        Assert.Contains("原因", TextOf(await _bot.AskAsync("重新打开第二十项", "leader-li")), StringComparison.Ordinal);
        var reopened = TextOf(await _bot.AskAsync("重新打开第二十项：反弹回潮", "leader-li"));

        Assert.Contains("第20项已重新打开", reopened, StringComparison.Ordinal);
        Assert.Contains("整改中", reopened, StringComparison.Ordinal);
        var after = await _factory.FindingAsync(20);
        Assert.Equal(FindingStatus.InProgress, after.Status);
        Assert.Equal(ProgressEntryKind.Reopen, after.LastEntry!.Kind);
        Assert.Contains("反弹回潮", after.LastEntry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOffAnUnfinishedFindingNamesTheOpenMeasures()
    {
        var replies = TextOf(await _bot.AskAsync("sign off 14", "leader-li"));

        Assert.Contains("not completed", replies, StringComparison.Ordinal);
    }
}
