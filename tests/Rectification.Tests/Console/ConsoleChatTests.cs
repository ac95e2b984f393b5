using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.Console;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Console;

/// <summary>The terminal chat: piped lines in, readable answers out, same pipeline and database.</summary>
public sealed class ConsoleChatTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private async Task<string> ChatAsync(string input, string user = "console-tester")
    {
        var session = fixture.Factory.Services.GetRequiredService<ConsoleChatSession>();
        using var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await session.RunAsync(new StringReader(input), output, new ConsoleIdentity(user, "Tester", null), timeout.Token);
        return output.ToString();
    }

    [Fact]
    public async Task PipedQuestionsAreAnsweredInOrderWithCardsAsText()
    {
        var output = await ChatAsync("第十四项进展如何\nstatus of item 3\n");

        var chinese = output.IndexOf("第14项 · 整改中", StringComparison.Ordinal);
        var english = output.IndexOf("Item 3", StringComparison.Ordinal);
        Assert.True(chinese >= 0 && english > chinese, output);
        Assert.Contains("[汇报进展]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlankLinesAreSkippedAndExitEndsTheSession()
    {
        var output = await ChatAsync("\n   \nexit\n第十四项进展如何\n");

        Assert.Equal(string.Empty, output.Trim());
    }

    [Fact]
    public async Task TheEndOfInputEndsTheSession()
    {
        var output = await ChatAsync("help");

        Assert.Contains("help", output, StringComparison.OrdinalIgnoreCase);
    }
}
