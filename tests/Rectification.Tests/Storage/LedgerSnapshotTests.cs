using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Storage;

/// <summary>
/// Turns read the ledger from a snapshot held per process: a change made by another instance on the same database
/// must show in the very next answer, and writes that no snapshot shows must leave the snapshots standing.
/// </summary>
public sealed class LedgerSnapshotTests
{
    [Fact]
    public async Task A_change_made_through_a_second_host_is_in_the_first_hosts_next_answer()
    {
        using var first = new BotApplicationFactory { KeepFolder = true };
        var firstBot = new BotClient(first.CreateClient());
        Assert.Contains("Department: not assigned", TextOf(await firstBot.AskAsync("status of item 14")), StringComparison.Ordinal);
        using var second = new BotApplicationFactory(first.Folder);
        _ = second.CreateClient();

        await second.AssignAsync(14, "科技金融处");
        await second.AddPersonAsync("staff-li", "李四", PersonRole.Staff, "科技金融处");

        Assert.Contains("Department: 科技金融处", TextOf(await firstBot.AskAsync("status of item 14")), StringComparison.Ordinal);
        // The person, too, is known at once: their to-do list is their department's.
        Assert.Contains("科技金融处", TextOf(await firstBot.AskAsync("what do I still need to do", "staff-li")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_recorded_leaves_the_revision_and_a_ledger_change_renews_it()
    {
        using var bot = new BotApplicationFactory();
        var client = new BotClient(bot.CreateClient());
        await client.AskAsync("status of item 3");
        var before = await RevisionAsync(bot);

        await client.AskAsync("status of item 4", "someone-new");
        var afterVisitor = await RevisionAsync(bot);
        await bot.AssignAsync(4, "办公室");

        Assert.Equal(before, afterVisitor);
        Assert.NotEqual(afterVisitor, await RevisionAsync(bot));
        Assert.Contains("办公室", TextOf(await client.AskAsync("status of item 4")), StringComparison.Ordinal);
    }

    private static async Task<Guid> RevisionAsync(BotApplicationFactory bot)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Revisions.Select(r => r.Stamp).SingleAsync();
    }
}
