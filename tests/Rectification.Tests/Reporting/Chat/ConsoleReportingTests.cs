using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.Console;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>The same dialog through the console channel.</summary>
public sealed class ConsoleReportingTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task TheProgressDialogRunsInTheConsole()
    {
        var session = fixture.Factory.Services.GetRequiredService<ConsoleChatSession>();
        var before = await fixture.Factory.HistoryCountAsync(23);
        using var input = new StringReader(string.Join('\n', "汇报第二十三项进展", "帮助", "1", "已完成", "已组织专题学习", "无", "确认"));
        await using var output = new StringWriter();

        await session.RunAsync(input, output, new ConsoleIdentity("console-reporter", "控制台用户", "zh-CN"), CancellationToken.None);

        var transcript = output.ToString();
        Assert.Contains("要汇报哪条措施", transcript, StringComparison.Ordinal);
        Assert.Contains("请确认", transcript, StringComparison.Ordinal);
        Assert.Contains("已记录第23项的进展", transcript, StringComparison.Ordinal);
        Assert.Equal(before + 1, await fixture.Factory.HistoryCountAsync(23));
    }
}
