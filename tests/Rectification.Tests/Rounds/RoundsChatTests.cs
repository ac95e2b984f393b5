using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Rounds;

/// <summary>
/// Two rounds in one ledger, through the real pipeline: an admin chooses a conversation's round, and item numbers,
/// lists and reports then mean that round's findings; a question may name another round for itself.
/// </summary>
public sealed class RoundsChatTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private const string Admin = "rounds-admin";
    private const string Staff = "rounds-staff";

    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public async Task InitializeAsync()
    {
        await _factory.ImportAsync();
        await _factory.AddPersonAsync(Admin, "钱轮次", PersonRole.Admin);
        await _factory.AddPersonAsync(Staff, "孙员工", PersonRole.Staff, "办公室");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnAdminSwitchesTheConversationToAnotherRoundAndItemNumbersThenMeanThatRoundThere()
    {
        var switched = TextOf(await _bot.AskAsync("切换到第1轮巡察", Admin));
        Assert.Contains("当前轮次是第1轮", switched, StringComparison.Ordinal);
        Assert.Contains(SecondAnnouncement.Group, switched, StringComparison.Ordinal);

        Assert.Contains(SecondAnnouncement.FirstFindingWords, Answer(await _bot.AskAsync("第1项进展如何", Admin)), StringComparison.Ordinal);
        Assert.Contains("1-3", Answer(await _bot.AskAsync("第十四项进展如何", Admin)).Replace("–", "-", StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("1. 市委第三巡察组", TextOf(await _bot.AskAsync("有哪些巡察轮次", Admin)).Split('\n').Single(l => l.Contains("当前轮次）", StringComparison.Ordinal)), StringComparison.Ordinal);

        // Another conversation keeps the round announced last.
        Assert.Contains(SecondAnnouncement.BundledFirstFindingWords, Answer(await _bot.AskAsync("第1项进展如何", "rounds-other")), StringComparison.Ordinal);

        Assert.Contains("round 2", TextOf(await _bot.AskAsync("switch to round 2", Admin)), StringComparison.Ordinal);
        Assert.Contains(SecondAnnouncement.BundledFirstFindingWords, Answer(await _bot.AskAsync("status of item 1", Admin)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/round 1")]
    [InlineData("切换到市委第三巡察组的巡察")]
    [InlineData("切换到2021年的巡察")]
    [InlineData("use round 1")]
    public async Task ARoundIsNamedByItsNumberItsGroupOrItsYear(string request)
    {
        var user = "rounds-admin-" + request.GetHashCode(StringComparison.Ordinal);
        await _factory.AddPersonAsync(user, "钱管理" + request.Length, PersonRole.Admin);

        await _bot.AskAsync(request, user);

        Assert.Contains(SecondAnnouncement.FirstFindingWords, Answer(await _bot.AskAsync("#1", user)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameSeveralRoundsFitOffersThemToChooseFromAndSwitchesNothing()
    {
        await _factory.AddPersonAsync(Admin + "-choice", "钱选择", PersonRole.Admin);
        var text = TextOf(await _bot.AskAsync("/round 中共武汉市委金融委员会办公室", Admin + "-choice"));

        Assert.Contains("对应多轮巡察", text, StringComparison.Ordinal);
        Assert.Contains("1. 市委第三巡察组", text, StringComparison.Ordinal);
        Assert.Contains("2. 市委第六巡察组", text, StringComparison.Ordinal);
        Assert.Equal(0, await ChosenRoundsAsync(Admin + "-choice"));
    }

    [Fact]
    public async Task ARoundThatIsNotThereIsSaidSo()
    {
        Assert.Contains("没有找到“第9轮巡察”", TextOf(await _bot.AskAsync("切换到第9轮巡察", Admin)), StringComparison.Ordinal);
        Assert.Contains("There is no inspection round", TextOf(await _bot.AskAsync("status of item 1 in round 9", Admin)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoIsNoAdminIsRefusedAndToldWhomToAsk()
    {
        var text = TextOf(await _bot.AskAsync("切换到第1轮巡察", Staff));

        Assert.Contains("钱轮次", text, StringComparison.Ordinal);
        Assert.Equal(0, await ChosenRoundsAsync(Staff));
        Assert.Contains(SecondAnnouncement.BundledFirstFindingWords, Answer(await _bot.AskAsync("第1项进展如何", Staff)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第1轮第1项进展如何")]
    [InlineData("第一轮巡察的第一项")]
    [InlineData("status of item 1 in round 1")]
    [InlineData("round 1 item 1")]
    public async Task AQuestionNamesItsOwnRoundForThatQuestionOnly(string question)
    {
        const string user = "rounds-asker";

        Assert.Contains(SecondAnnouncement.FirstFindingWords, Answer(await _bot.AskAsync(question, user)), StringComparison.Ordinal);
        Assert.Contains(SecondAnnouncement.BundledFirstFindingWords, Answer(await _bot.AskAsync("第1项进展如何", user)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsAndKeywordsAnswerFromTheConversationsRound()
    {
        const string user = "rounds-lists";
        await _factory.AddPersonAsync(user, "钱清单", PersonRole.Admin);
        await _bot.AskAsync("/round 1", user);

        var list = Answer(await _bot.AskAsync("列出所有问题", user));
        Assert.Contains(SecondAnnouncement.FirstFindingWords, list, StringComparison.Ordinal);
        Assert.DoesNotContain(SecondAnnouncement.BundledFirstFindingWords, list, StringComparison.Ordinal);
        Assert.Contains(SecondAnnouncement.FirstFindingWords, Answer(await _bot.AskAsync("试点轮次", user)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportActsOnTheFindingOfTheConversationsRound()
    {
        const string user = "rounds-reporter";
        await _factory.AddPersonAsync(user, "钱汇报", PersonRole.Admin);
        await _bot.AskAsync("/round 1", user);
        var before = (await HistoryAsync(SecondAnnouncement.Group), await HistoryAsync("市委第六巡察组"));

        await _bot.AskAsync("更新1.1：已完成本轮试点 100%", user);

        Assert.Equal((before.Item1 + 1, before.Item2), (await HistoryAsync(SecondAnnouncement.Group), await HistoryAsync("市委第六巡察组")));
    }

    [Theory]
    [InlineData("订阅第1轮的周报", "第1轮")]
    [InlineData("subscribe to round 1's weekly digest", "round 1")]
    public async Task ADigestSubscriptionCoversTheRoundItNames(string request, string confirmation)
    {
        var user = "rounds-leader-" + confirmation.Length;
        await _factory.AddPersonAsync(user, "钱领导" + confirmation.Length, PersonRole.Leader);
        await _bot.AskAsync("第1项进展如何", user);

        Assert.Contains(confirmation, TextOf(await _bot.AskAsync(request, user)), StringComparison.Ordinal);

        await using var scope = _factory.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var bot = scope.ServiceProvider.GetRequiredService<Rectification.Bot.Storage.BotStateDbContext>();
        var round = await ledger.Inspections.Where(i => i.InspectionGroup == SecondAnnouncement.Group).Select(i => i.Id).SingleAsync();
        Assert.Equal(round, (await bot.DigestSubscriptions.SingleAsync(s => s.UserId == user)).RoundInspectionId);
    }

    private static string Answer(IReadOnlyList<Rectification.Bot.Channels.BotFramework.Schema.Activity> replies) =>
        string.Join("\n", replies.Select(r => r.Text + string.Join(" ", (r.Attachments ?? []).Select(a => a.Content?.ToJsonString() ?? string.Empty))));

    private async Task<int> ChosenRoundsAsync(string user)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Rectification.Bot.Storage.BotStateDbContext>();
        return await db.ConversationRounds.CountAsync(r => r.Scope == "conversation-" + user);
    }

    private async Task<int> HistoryAsync(string group)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        return await db.ProgressEntries.CountAsync(e => e.Finding!.Number == 1 && e.Finding.Inspection!.InspectionGroup == group);
    }
}
