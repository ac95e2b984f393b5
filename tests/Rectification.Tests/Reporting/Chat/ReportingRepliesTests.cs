using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Localization;
using Rectification.Domain.Progress;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>"Changed meanwhile": said in words, with the finding's new state as a status card.</summary>
public sealed class ReportingRepliesTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task ChangedMeanwhileSaysSoAndShowsTheNewState()
    {
        var finding = await fixture.Factory.FindingAsync(14);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var replies = scope.ServiceProvider.GetRequiredService<ReportingReplies>();

        var answers = await replies.OutcomeAsync(new ChangedMeanwhile(finding, ProgressRecorder.MaxAttempts), new Reply(TestMessages.Inbound("x"), TestMessages.CardChannel, Texts.English), CancellationToken.None);

        Assert.Equal(2, answers.Count);
        Assert.Contains("changed by someone else", answers[0].Text, StringComparison.Ordinal);
        Assert.Contains("Item 14", CardSerializer.ToJson(answers[1].Card!), StringComparison.Ordinal);
    }
}
