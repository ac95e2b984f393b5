using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>A pending administrator's request lives in the database: a restarted host confirms the same request.</summary>
public sealed class AdminRequestRestartTests
{
    [Fact]
    public async Task APendingRequestSurvivesARestartAndIsAppliedOnConfirmation()
    {
        const string admin = "restart-admin";
        string folder;
        using (var first = new BotApplicationFactory { KeepFolder = true })
        {
            first.StartServer();
            await first.AddPersonAsync(admin, "钱管理", PersonRole.Admin);
            await first.AddPersonAsync("wangwu", "王五", PersonRole.Staff);
            var bot = new BotClient(first.CreateClient());
            Assert.Contains("请确认", TextOf(await bot.AskAsync("把王五改成管理员", admin)), StringComparison.Ordinal);
            folder = first.Folder;
        }

        using var second = new BotApplicationFactory(folder);
        second.StartServer();
        var again = new BotClient(second.CreateClient());
        Assert.Equal(PersonRole.Staff, (await second.PersonAsync("wangwu")).Role);

        Assert.Contains("已将王五（wangwu）的角色设为管理员", TextOf(await again.AskAsync("确认", admin)), StringComparison.Ordinal);

        Assert.Equal(PersonRole.Admin, (await second.PersonAsync("wangwu")).Role);
        Assert.Equal(0, await second.DialogCountAsync());
    }
}
