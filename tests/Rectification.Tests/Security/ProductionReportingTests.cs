using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Security;

/// <summary>In Production people the bot does not know may report only when Reporting:AllowUnknownUsers says so.</summary>
public sealed class ProductionReportingTests
{
    private const string Update = "update 15.3: 谈心谈话已开展 55%";

    [Fact]
    public async Task InProductionAnUnknownUserIsRefusedByDefault()
    {
        await using var bot = await ProductionBot.StartAsync();
        await bot.Factory.AddPersonAsync("admin-prod", "王管理", PersonRole.Admin);
        var before = await bot.Factory.HistoryCountAsync(15);

        var replies = await bot.PostAsync(Update, "29:stranger");

        Assert.Contains("尚未登记", TextOf(replies), StringComparison.Ordinal);
        Assert.Equal(before, await bot.Factory.HistoryCountAsync(15));
    }

    [Fact]
    public async Task InProductionAnUnknownUserMayReportWhenAllowUnknownUsersIsTrue()
    {
        await using var bot = await ProductionBot.StartAsync(("Reporting:AllowUnknownUsers", "true"));
        var before = await bot.Factory.HistoryCountAsync(15);

        var replies = await bot.PostAsync(Update, "29:stranger");

        Assert.Contains("已记录第15项的进展", TextOf(replies), StringComparison.Ordinal);
        Assert.Equal(before + 1, await bot.Factory.HistoryCountAsync(15));
    }
}
