using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.LoadRunner.Hosts;
using Rectification.LoadRunner.Load;

namespace Rectification.Benchmarks;

/// <summary>The load runner's in-process bot (real host, fresh SQLite file seeded from the announcement) for a benchmark class.</summary>
internal static class SeededBot
{
    public static InProcessBot Start()
    {
        var bot = new InProcessBot();
        bot.Start();
        return bot;
    }

    public static async Task<Finding> FindingAsync(InProcessBot bot, int number)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerQueries>();
        return await ledger.GetFindingAsync(number, CancellationToken.None)
            ?? throw new InvalidOperationException($"The seeded ledger has no finding {number}.");
    }

    /// <summary>The Teams personal-chat activity the load runner posts, with its own id.</summary>
    public static Activity TeamsActivity(string text, string id, long sequence) =>
        ActivitySerializer.Deserialize<Activity>(TeamsActivityBodies.Body(TeamsActivityBodies.Template(text), id, sequence))!;
}
