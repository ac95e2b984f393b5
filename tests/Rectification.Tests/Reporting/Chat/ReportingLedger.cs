using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Storage;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>Reads and prepares the running bot's database for the reporting conversations.</summary>
internal static class ReportingLedger
{
    public static async Task<Finding> FindingAsync(this BotApplicationFactory factory, int number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var finding = await scope.ServiceProvider.GetRequiredService<LedgerQueries>().GetFindingAsync(number, CancellationToken.None);
        return finding ?? throw new InvalidOperationException($"No finding {number}.");
    }

    /// <summary>
    /// Backs, in chat, every completed measure of the finding that has no evidence ("补充第20项第1条佐证：https://…"), as
    /// an evidence-gated sign-off needs; each is checked to have been recorded.
    /// </summary>
    public static async Task BackCompletedWorkInChatAsync(this BotClient bot, BotApplicationFactory factory, int number, string userId)
    {
        foreach (var work in (await factory.FindingAsync(number)).CompletedWorkWithoutEvidence().Where(w => w.MeasureOrdinal is not null))
        {
            var replies = await bot.AskAsync($"补充第{number}项第{work.MeasureOrdinal}条佐证：整改报告 https://example.org/evidence/{number}/{work.MeasureOrdinal}", userId);
            Assert.Contains("补充佐证材料", TextOf(replies), StringComparison.Ordinal);
        }

        Assert.Empty((await factory.FindingAsync(number)).CompletedWorkWithoutEvidence());
    }

    public static async Task<int> HistoryCountAsync(this BotApplicationFactory factory, int number) =>
        (await factory.FindingAsync(number)).History.Count;

    public static async Task<int> DialogCountAsync(this BotApplicationFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotStateDbContext>().DialogStates.CountAsync();
    }

    /// <summary>Dialogs open in the conversation <see cref="TestActivities.Message"/> gives this user.</summary>
    public static async Task<int> DialogCountAsync(this BotApplicationFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotStateDbContext>().DialogStates
            .CountAsync(d => d.ConversationId == "conversation-" + userId);
    }

    public static Task AddPersonAsync(this BotApplicationFactory factory, string id, string name, PersonRole role, string? department = null) =>
        factory.AddPersonAsync(new ChannelIdentity(IdentityRealm.Microsoft, id), name, role, department);

    /// <summary>A person known by this account (e.g. a Teams account with its AAD object id beside from.id).</summary>
    public static async Task AddPersonAsync(this BotApplicationFactory factory, ChannelIdentity identity, string name, PersonRole role, string? department = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<AdministrationService>()
            .AddPersonAsync(Actor.Operator("test"), new PersonDraft(identity, name, role, department), CancellationToken.None);
        Assert.NotEqual(PersonChangeKind.Refused, change.Kind);
    }

    public static async Task AssignAsync(this BotApplicationFactory factory, int number, string department)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AdministrationService>()
            .AssignAsync(Actor.Operator("test"), number, department, null, null, null, CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.ToString());
    }

    /// <summary>All the text of the replies (a card's plain-text rendering included).</summary>
    public static string TextOf(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));
}
