using System.Text.Json.Nodes;
using Rectification.Domain.People;
using Rectification.Domain.Findings;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>
/// Next steps (下一步) are reported like measures: in one message or in the guided dialog, and finding 14 is completed
/// only once its next step is, not as soon as its measures are.
/// </summary>
public sealed class NextStepChatTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Fact]
    public async Task FindingFourteenStaysInProgressAfterItsMeasuresUntilItsNextStepIsReportedDone()
    {
        await _factory.AddPersonAsync("next-step-14", "李领导", PersonRole.Leader);
        foreach (var measure in (await _factory.FindingAsync(14)).Measures.Where(m => m.Status != MeasureStatus.Completed))
        {
            await _bot.AskAsync($"update 14.{measure.Ordinal}: 已完成", "next-step-14");
        }

        var measuresDone = await _factory.FindingAsync(14);
        Assert.All(measuresDone.Measures, m => Assert.Equal(MeasureStatus.Completed, m.Status));
        Assert.Equal(FindingStatus.InProgress, measuresDone.Status);
        Assert.Contains("下一步1", TextOf(await _bot.AskAsync("销号第十四项", "next-step-14")), StringComparison.Ordinal);

        var replies = await _bot.AskAsync("第14项下一步1完成", "next-step-14");

        Assert.Contains("已记录第14项的进展：下一步1：未开始 → 已完成", TextOf(replies), StringComparison.Ordinal);
        var finding = await _factory.FindingAsync(14);
        Assert.Equal(FindingStatus.Completed, finding.Status);
        Assert.Equal(MeasureStatus.Completed, finding.FindNextStep(1)!.Status);
        Assert.Equal((1, (int?)null), (finding.LastEntry!.NextStepOrdinal!.Value, finding.LastEntry.MeasureOrdinal));
    }

    [Fact]
    public async Task AnEnglishUpdateOfANextStepRecordsItsStatusAndPercentage()
    {
        var replies = await _bot.AskAsync("update 4 next step 1: plan drafted 60%", "next-step-en");

        Assert.Contains("Next step 1", TextOf(replies), StringComparison.Ordinal);
        var step = (await _factory.FindingAsync(4)).FindNextStep(1)!;
        Assert.Equal((MeasureStatus.InProgress, (int?)60), (step.Status, step.PercentComplete));
        Assert.Equal("plan drafted", (await _factory.FindingAsync(4)).LastEntry!.Description);
    }

    [Fact]
    public async Task TheGuidedDialogOffersTheNextStepsAndRecordsOne()
    {
        const string user = "next-step-dialog";
        var measureStep = await _bot.AskAsync("汇报第五项进展", user);
        Assert.Contains("下一步1", TextOf(measureStep), StringComparison.Ordinal);
        Assert.Contains(measureStep.SelectMany(a => a.SuggestedActions?.Actions ?? []), a => a.Value?.ToString() == "下一步1");

        Assert.Contains("未开始", TextOf(await _bot.AskAsync("下一步1", user)), StringComparison.Ordinal);
        await _bot.AskAsync("推进中 30%", user);
        await _bot.AskAsync("已起草制度初稿", user);
        await _bot.AskAsync("无", user);
        await _bot.AskAsync("确认", user);

        var step = (await _factory.FindingAsync(5)).FindNextStep(1)!;
        Assert.Equal((MeasureStatus.InProgress, (int?)30), (step.Status, step.PercentComplete));
        Assert.Equal(0, await _factory.DialogCountAsync(user));
    }

    [Fact]
    public async Task TheStatusCardShowsEachNextStepWithItsStatus()
    {
        await _bot.AskAsync("第10项下一步1推进中50%", "next-step-card");

        var texts = TextsOf(BotClient.CardOf(await _bot.AskAsync("第十项进展如何", "next-step-card"))).ToList();

        var nextSteps = texts.IndexOf("下一步");
        Assert.True(nextSteps > 0);
        Assert.Equal("推进中 50%", texts[nextSteps + 2]);
    }

    private static IEnumerable<string> TextsOf(JsonNode? node) => node switch
    {
        JsonObject card => (card["text"] is JsonValue text ? [text.GetValue<string>()] : Enumerable.Empty<string>())
            .Concat(card.Where(p => p.Key != "text").SelectMany(p => TextsOf(p.Value))),
        JsonArray items => items.SelectMany(TextsOf),
        _ => [],
    };

    [Theory]
    [InlineData("第14项下一步1完成了吗")]
    [InlineData("第十四项下一步是什么")]
    public async Task AQuestionAboutANextStepRecordsNothing(string question)
    {
        var before = await _factory.HistoryCountAsync(14);

        await _bot.AskAsync(question, "next-step-question");

        Assert.Equal(before, await _factory.HistoryCountAsync(14));
    }
}
