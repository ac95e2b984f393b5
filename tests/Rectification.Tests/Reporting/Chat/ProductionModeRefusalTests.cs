using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>
/// Production mode (Security:Mode=Production, Reporting:AllowUnknownUsers=false): the real authenticated path, a
/// person the bot does not know is refused and told whom to ask.
/// </summary>
public sealed class ProductionModeRefusalTests : IAsyncLifetime
{
    private ProductionBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await ProductionBot.StartAsync(("Reporting:AllowUnknownUsers", "false"));
        await _bot.Factory.AddPersonAsync("admin-prod", "王管理", PersonRole.Admin);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task AnUnknownUserIsRefusedAndToldWhomToAsk()
    {
        var before = await _bot.Factory.HistoryCountAsync(14);

        var replies = await _bot.PostAsync("update 14.1: 已汇报中心工作 50%", "29:stranger");

        var text = TextOf(replies);
        Assert.Contains("尚未登记", text, StringComparison.Ordinal);
        Assert.Contains("王管理", text, StringComparison.Ordinal);
        Assert.Equal(before, await _bot.Factory.HistoryCountAsync(14));
    }
}
