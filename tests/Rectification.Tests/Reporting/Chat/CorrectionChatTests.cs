using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>"更正第4项第1条：…" / "correct 4.1: …": the entry's author or an administrator supersedes the latest entry; others are told whom to ask.</summary>
public sealed class CorrectionChatTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public async Task InitializeAsync()
    {
        await _factory.AddPersonAsync("correct-admin", "王管理", PersonRole.Admin);
        await _factory.AddPersonAsync("correct-author", "李领导", PersonRole.Leader);
        await _factory.AddPersonAsync("correct-other", "赵领导", PersonRole.Leader);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheAuthorCorrectsTheirLatestEntryAndBothEntriesAreKept()
    {
        await _bot.AskAsync("update 4.1: 已完成制度修订", "correct-author");
        var wrong = (await _factory.FindingAsync(4)).LastEntry!;

        var replies = TextOf(await _bot.AskAsync("更正第4项第1条：制度修订完成八成 80%", "correct-author"));

        Assert.Contains("已更正第4项的记录", replies, StringComparison.Ordinal);
        var finding = await _factory.FindingAsync(4);
        var correction = finding.LastEntry!;
        Assert.Equal((ProgressEntryKind.Correction, (long?)wrong.Id, "制度修订完成八成"), (correction.Kind, correction.SupersedesEntryId, correction.Description));
        Assert.Contains(finding.History, e => e.Id == wrong.Id && e.Description == "已完成制度修订");
        Assert.Equal((MeasureStatus.InProgress, (int?)80), (finding.FindMeasure(1)!.Status, finding.FindMeasure(1)!.PercentComplete));
        Assert.Contains("已被更正", CardTextOf(await _bot.AskAsync("第四项历史", "correct-author")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElseIsRefusedAndToldToAskAnAdministratorWhoMayCorrectIt()
    {
        await _bot.AskAsync("update 10.1: 已召开专题会议 50%", "correct-author");
        var before = await _factory.HistoryCountAsync(10);

        var refused = TextOf(await _bot.AskAsync("correct 10.1: the meeting was postponed", "correct-other"));

        Assert.Contains("Only the person who recorded that entry, or an administrator", refused, StringComparison.Ordinal);
        Assert.Contains("王管理", refused, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(10));

        await _bot.AskAsync("correct 10.1: the meeting was postponed", "correct-admin");

        var correction = (await _factory.FindingAsync(10)).LastEntry!;
        Assert.Equal((ProgressEntryKind.Correction, "the meeting was postponed", "王管理"), (correction.Kind, correction.Description, correction.AuthorName));
        Assert.Equal(before + 1, await _factory.HistoryCountAsync(10));
    }

    [Fact]
    public async Task ACorrectionOfWorkNobodyReportedOnSaysThereIsNothingToCorrect()
    {
        var replies = TextOf(await _bot.AskAsync("更正第5项第2条：已完成", "correct-admin"));

        Assert.Contains("没有可更正的记录", replies, StringComparison.Ordinal);
    }

    private static string CardTextOf(IReadOnlyList<Rectification.Bot.Channels.BotFramework.Schema.Activity> replies) =>
        string.Join("\n", replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty));
}
