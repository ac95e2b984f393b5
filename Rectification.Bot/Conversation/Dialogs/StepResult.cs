using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>What a step made of an answer: go on with new values, ask again saying why, or end the dialog with these answers.</summary>
public abstract record StepResult<TState>
{
    private protected StepResult()
    {
    }
}

/// <summary>The answer fits: continue with <paramref name="State"/> at the next step that is not skipped.</summary>
public sealed record NextStep<TState>(TState State) : StepResult<TState>;

/// <summary>The answer does not fit: say <paramref name="Problem"/> and ask again (up to the retry limit).</summary>
public sealed record RetryStep<TState>(string Problem) : StepResult<TState>;

/// <summary>
/// The answer changed earlier values but did not answer this step ("oops, actually it's 95%" where the step asks
/// what was done): keep <paramref name="State"/>, say <paramref name="Note"/> and ask the same step again. Not a
/// failed try, so it counts no retry.
/// </summary>
public sealed record ReviseStep<TState>(TState State, string Note) : StepResult<TState>;

/// <summary>The dialog is over (saved, refused…): these are the answers, and the state is removed.</summary>
public sealed record EndDialog<TState>(IReadOnlyList<OutboundMessage> Answers) : StepResult<TState>;

public static class StepResults
{
    public static StepResult<TState> Next<TState>(TState state) => new NextStep<TState>(state);

    public static StepResult<TState> Retry<TState>(string problem) => new RetryStep<TState>(problem);

    public static StepResult<TState> Revise<TState>(TState state, string note) => new ReviseStep<TState>(state, note);

    public static StepResult<TState> End<TState>(params OutboundMessage[] answers) => new EndDialog<TState>(answers);

    public static StepResult<TState> End<TState>(IReadOnlyList<OutboundMessage> answers) => new EndDialog<TState>(answers);
}
