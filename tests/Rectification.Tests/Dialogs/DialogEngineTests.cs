using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Bot.Conversation.Dialogs.StepResults;

namespace Rectification.Tests.Dialogs;

/// <summary>The waterfall itself, without a database: skipping, going back over skipped steps, retries, ending, typed state.</summary>
public sealed class DialogEngineTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void BeginStartsAtTheFirstStepTheValuesNeed()
    {
        var row = new ToyDialog().Begin("c", "conv", new ToyState { A = "given", AGiven = true }, Now)!;

        Assert.Equal(1, row.StepIndex);
        Assert.Contains("\"a\":\"given\"", row.ValuesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersMoveOnAndTheLastStepEndsWithItsAnswers()
    {
        var dialog = new ToyDialog();
        var row = dialog.Begin("c", "conv", new ToyState(), Now)!;

        var first = await dialog.AcceptAsync(row, Turn("alpha"), Now, CancellationToken.None);
        Assert.False(first.Ended);
        Assert.Equal("ask b", Assert.Single(first.Answers).Text);
        var second = await dialog.AcceptAsync(row, Turn("beta"), Now, CancellationToken.None);

        Assert.True(second.Ended);
        Assert.Equal("alpha+beta", Assert.Single(second.Answers).Text);
    }

    [Fact]
    public async Task AnUnusableAnswerIsCountedAndAskedAgain()
    {
        var dialog = new ToyDialog();
        var row = dialog.Begin("c", "conv", new ToyState(), Now)!;

        var retry = await dialog.AcceptAsync(row, Turn(""), Now, CancellationToken.None);

        Assert.True(retry.Retried);
        Assert.Equal(["empty", "ask a"], retry.Answers.Select(a => a.Text));
        Assert.Equal(1, row.Retries);
        Assert.Equal(0, row.StepIndex);
    }

    [Fact]
    public void BackSkipsStepsTheOpeningGaveAndStopsAtTheFirst()
    {
        var dialog = new ToyDialog();
        var row = dialog.Begin("c", "conv", new ToyState { A = "given", AGiven = true }, Now)!;

        Assert.False(dialog.Back(row, Now));
        Assert.Equal(1, row.StepIndex);
    }

    private static DialogTurn Turn(string text)
    {
        var inbound = TestMessages.Inbound(text);
        return new DialogTurn(text, null, new Actor(null, new ProgressAuthor("u", "U", ProgressSource.Chat, "test")),
            new RecognizedMessage(new UnrecognizedIntent(), null, "test"), new Reply(inbound, TestMessages.CardChannel, Texts.English));
    }

    private sealed record ToyState
    {
        public string? A { get; init; }

        public bool AGiven { get; init; }

        public string? B { get; init; }
    }

    private sealed class ToyDialog : Dialog<ToyState>
    {
        public override string Name => "toy";

        protected override IReadOnlyList<DialogStep<ToyState>> Steps { get; } =
        [
            new()
            {
                Name = "a",
                Skip = s => s.AGiven,
                Prompt = (_, turn, _) => Task.FromResult(turn.Reply.Text("ask a")),
                Help = (_, _) => "help a",
                Accept = (s, turn, _) => Task.FromResult(turn.Text.Length == 0 ? Retry<ToyState>("empty") : Next(s with { A = turn.Text })),
            },
            new()
            {
                Name = "b",
                Prompt = (_, turn, _) => Task.FromResult(turn.Reply.Text("ask b")),
                Help = (_, _) => "help b",
                Accept = (s, turn, _) => Task.FromResult(End<ToyState>(turn.Reply.Text(s.A + "+" + turn.Text))),
            },
        ];
    }
}
