using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>Administrators set 立行立改, a date or 长期坚持 on a finding or one measure in plain words, confirmed first.</summary>
public sealed class DeadlineChatTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private const string Admin = "deadline-admin";

    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public Task InitializeAsync() => _factory.AddPersonAsync(Admin, "钱管理", PersonRole.Admin);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("第五项的完成时限改为立行立改", "确认", "立行立改")]
    [InlineData("set the deadline of item 5 to immediately", "yes", "immediately (立行立改)")]
    public async Task AFindingTakesImmediatelyAfterConfirmationCountedFromTheFeedback(string request, string confirm, string shown)
    {
        Assert.Contains(shown, TextOf(await _bot.AskAsync(request, Admin)), StringComparison.Ordinal);

        var done = TextOf(await _bot.AskAsync(confirm, Admin));

        Assert.Contains(shown, done, StringComparison.Ordinal);
        var finding = await _factory.FindingAsync(5);
        Assert.Equal(DeadlineKind.Immediately, finding.Deadline!.Kind);
        Assert.NotNull(finding.Deadline.Date);
        Assert.Contains("完成时限：", finding.History.MaxBy(e => e.Id)!.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, "第6项第2条长期坚持，2025-06-30复查", "确认", "第6项第2条", "长期坚持（2025年6月30日复查）")]
    [InlineData(10, "set the deadline of item 10.2 to ongoing, review 2025-06-30", "yes", "item 10.2", "ongoing (长期坚持), review 2025-06-30")]
    public async Task AMeasureTakesOngoingWithItsReviewDate(int number, string request, string confirm, string named, string shown)
    {
        var question = TextOf(await _bot.AskAsync(request, Admin));
        Assert.Contains(named, question, StringComparison.Ordinal);
        Assert.Contains(shown, question, StringComparison.Ordinal);
        Assert.Null((await _factory.FindingAsync(number)).FindMeasure(2)!.Deadline);

        await _bot.AskAsync(confirm, Admin);

        var finding = await _factory.FindingAsync(number);
        Assert.Equal(Deadline.Ongoing(new DateOnly(2025, 6, 30)), finding.FindMeasure(2)!.Deadline);
        Assert.Equal("第2条完成时限：- → 长期坚持（2025-06-30复查）", finding.History.MaxBy(e => e.Id)!.Description);
    }

    [Fact]
    public async Task TheStatusCardShowsTheFindingsAndTheMeasuresDeadlines()
    {
        await _bot.AskAsync("第7项的完成时限改为长期坚持", Admin);
        await _bot.AskAsync("确认", Admin);
        await _bot.AskAsync("第7项第1条的完成时限改为2030年1月31日", Admin);
        await _bot.AskAsync("确认", Admin);

        var card = BotClient.CardOf(await _bot.AskAsync("第七项进展如何", Admin)).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Contains("长期坚持", card, StringComparison.Ordinal);
        Assert.Contains("时限 2030年1月31日", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASentenceStartingWithOngoingWordsIsNotADeadline()
    {
        var before = await _factory.HistoryCountAsync(8);

        var reply = TextOf(await _bot.AskAsync("第8项第1条长期坚持开展培训", Admin));

        Assert.DoesNotContain("请确认", reply, StringComparison.Ordinal);
        Assert.Null((await _factory.FindingAsync(8)).FindMeasure(1)!.Deadline);
        Assert.Equal(before, await _factory.HistoryCountAsync(8));
    }

    [Fact]
    public async Task AMeasureTheFindingLacksIsRefusedAndNothingIsRecorded()
    {
        var before = await _factory.HistoryCountAsync(9);
        await _bot.AskAsync("第9项第9条立行立改", Admin);

        await _bot.AskAsync("确认", Admin);

        Assert.Equal(before, await _factory.HistoryCountAsync(9));
    }
}
