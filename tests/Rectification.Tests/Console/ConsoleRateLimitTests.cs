using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.Console;
using Rectification.Bot.Security.RateLimiting;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Console;

/// <summary>The operator's console chat is not under the per-person message limit the network channels are.</summary>
public sealed class ConsoleRateLimitTests
{
    [Fact]
    public async Task AScriptLongerThanThePerPersonLimitIsAnsweredInFull()
    {
        using var factory = new BotApplicationFactory().With($"{RateLimitOptions.Section}:{nameof(RateLimitOptions.MessagesPerUser)}", "2");
        factory.StartServer();
        var session = factory.Services.GetRequiredService<ConsoleChatSession>();
        using var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await session.RunAsync(new StringReader(string.Concat(Enumerable.Repeat("status of item 3\n", 5))), output, new ConsoleIdentity("console-scripted", "Tester", null), timeout.Token);

        Assert.Equal(5, output.ToString().Split("Item 3").Length - 1);
        Assert.DoesNotContain("too fast", output.ToString(), StringComparison.Ordinal);
    }
}
