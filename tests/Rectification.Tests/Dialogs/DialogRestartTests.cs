using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Dialogs;

/// <summary>Dialog state lives in the database: a restarted host continues where the dialog stopped; a stale one expires.</summary>
public sealed class DialogRestartTests
{
    [Fact]
    public async Task ADialogSurvivesARestartOfTheHostOnTheSameDatabase()
    {
        const string user = "restart";
        string folder;
        int before;
        using (var first = new BotApplicationFactory { KeepFolder = true })
        {
            first.StartServer();
            var bot = new BotClient(first.CreateClient());
            before = await first.HistoryCountAsync(14);
            await bot.AskAsync("汇报第十四项进展", user);
            Assert.Contains("新的状态", TextOf(await bot.AskAsync("2", user)), StringComparison.Ordinal);
            folder = first.Folder;
        }

        using var second = new BotApplicationFactory(folder);
        second.StartServer();
        var again = new BotClient(second.CreateClient());

        Assert.Contains("做了哪些工作", TextOf(await again.AskAsync("推进中 80%", user)), StringComparison.Ordinal);
        await again.AskAsync("中心同志跟班学习", user);
        await again.AskAsync("无", user);
        await again.AskAsync("确认", user);

        var finding = await second.FindingAsync(14);
        Assert.Equal(before + 1, finding.History.Count);
        Assert.Equal(2, finding.LastEntry!.MeasureOrdinal);
        Assert.Equal(80, finding.LastEntry.PercentAfter);
    }

    [Fact]
    public async Task AStaleDialogExpiresWithAPoliteNoteAndTheMessageIsAnsweredAsUsual()
    {
        using var factory = new BotApplicationFactory().With("Dialogs:ExpireAfter", "00:00:00.200");
        factory.StartServer();
        var bot = new BotClient(factory.CreateClient());
        await bot.AskAsync("汇报第十四项进展", "stale");
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        var replies = await bot.AskAsync("第3项", "stale");

        Assert.Contains("已超时", TextOf(replies), StringComparison.Ordinal);
        Assert.Contains("第3项", BotClient.CardOf(replies).ToJsonString(Rectification.Bot.Channels.BotFramework.Schema.ActivitySerializer.Options), StringComparison.Ordinal);
        Assert.Equal(0, await factory.DialogCountAsync());
    }
}
