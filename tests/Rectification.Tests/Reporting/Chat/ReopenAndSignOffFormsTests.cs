using Microsoft.Extensions.DependencyInjection;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>Sign-off and reopening in their natural forms; a reopen reason sent as its own message, even after a restart.</summary>
public sealed class ReopenAndSignOffFormsTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private const string Leader = "forms-leader";

    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public async Task InitializeAsync()
    {
        await _factory.AddPersonAsync(Leader, "李领导", PersonRole.Leader);
        await _factory.AddPersonAsync("forms-staff", "张办公室", PersonRole.Staff, "办公室");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignOffWithASpaceSignsOffAndTheReasonSentNextReopens()
    {
        await CompleteAsync(_factory, 22);
        await _bot.BackCompletedWorkInChatAsync(_factory, 22, Leader);

        Assert.Contains("第22项已销号", TextOf(await _bot.AskAsync("销号 22", Leader)), StringComparison.Ordinal);
        Assert.Equal(FindingStatus.SignedOff, (await _factory.FindingAsync(22)).Status);

        var asked = TextOf(await _bot.AskAsync("重新打开第二十二项", Leader));
        Assert.Contains("请说明重新打开第22项的原因", asked, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.SignedOff, (await _factory.FindingAsync(22)).Status);

        var reopened = TextOf(await _bot.AskAsync("问题又反弹了", Leader));

        Assert.Contains("第22项已重新打开", reopened, StringComparison.Ordinal);
        var finding = await _factory.FindingAsync(22);
        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Equal(ProgressEntryKind.Reopen, finding.LastEntry!.Kind);
        Assert.Equal("问题又反弹了", finding.LastEntry.Description);
        Assert.Contains("无需取消", TextOf(await _bot.AskAsync("取消", Leader)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(23, "reopen 23: the problem came back", "the problem came back")]
    [InlineData(27, "reopen item 27 because the problem came back", "the problem came back")]
    [InlineData(28, "第28项重新打开，原因：反弹回潮", "反弹回潮")]
    public async Task ReopenWithTheReasonOnTheSameLineReopensAtOnce(int number, string message, string reason)
    {
        await CompleteAsync(_factory, number);

        Assert.Matches($"Item {number} reopened|第{number}项已重新打开", TextOf(await _bot.AskAsync(message, Leader)));

        var finding = await _factory.FindingAsync(number);
        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Equal(ProgressEntryKind.Reopen, finding.LastEntry!.Kind);
        Assert.Equal(reason, finding.LastEntry.Description);
    }

    [Fact]
    public async Task AStaffMemberAskingToReopenIsRefusedAtOnceAndNoReasonIsAsked()
    {
        await CompleteAsync(_factory, 24);

        var refused = TextOf(await _bot.AskAsync("重新打开第二十四项", "forms-staff"));

        Assert.Contains("只有领导", refused, StringComparison.Ordinal);
        Assert.Contains("无需取消", TextOf(await _bot.AskAsync("取消", "forms-staff")), StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Completed, (await _factory.FindingAsync(24)).Status);
    }

    [Fact]
    public async Task ReopeningAFindingStillInProgressSaysSoWithoutAskingForAReason()
    {
        var replies = TextOf(await _bot.AskAsync("重新打开第十四项", Leader));

        Assert.Contains("正在整改中", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("请说明", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignOffQuestionIsNotASignOff()
    {
        await CompleteAsync(_factory, 25);

        await _bot.AskAsync("哪些可以销号了", Leader);
        await _bot.AskAsync("第25项可以销号了吗", Leader);

        Assert.Equal(FindingStatus.Completed, (await _factory.FindingAsync(25)).Status);
    }

    [Fact]
    public async Task APendingReopenReasonSurvivesARestart()
    {
        const string user = "restart-leader";
        string folder;
        using (var first = new BotApplicationFactory { KeepFolder = true })
        {
            first.StartServer();
            var bot = new BotClient(first.CreateClient());
            await first.AddPersonAsync(user, "王领导", PersonRole.Leader);
            await CompleteAsync(first, 26);
            Assert.Contains("Why should item 26 be reopened", TextOf(await bot.AskAsync("reopen 26", user)), StringComparison.Ordinal);
            Assert.Equal(1, await first.DialogCountAsync());
            folder = first.Folder;
        }

        using var second = new BotApplicationFactory(folder);
        second.StartServer();
        var again = new BotClient(second.CreateClient());

        Assert.Contains("Item 26 reopened", TextOf(await again.AskAsync("the audit found it again", user)), StringComparison.Ordinal);

        var finding = await second.FindingAsync(26);
        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Equal("the audit found it again", finding.LastEntry!.Description);
        Assert.Equal(0, await second.DialogCountAsync());
    }

    /// <summary>Every open measure reported done, straight through the recorder, so the finding awaits sign-off.</summary>
    private static async Task CompleteAsync(BotApplicationFactory factory, int number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var recorder = scope.ServiceProvider.GetRequiredService<ProgressRecorder>();
        foreach (var ordinal in (await factory.FindingAsync(number)).OpenMeasureOrdinals())
        {
            var outcome = await recorder.RecordMeasureProgressAsync(
                Actor.Operator("test"), number, ordinal, MeasureStatus.Completed, 100, "已完成", null, CancellationToken.None);
            Assert.True(outcome.Succeeded, outcome.ToString());
        }

        Assert.Equal(FindingStatus.Completed, (await factory.FindingAsync(number)).Status);
    }
}
