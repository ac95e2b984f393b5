using System.Text.Json;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>A dialog the runner can drive without knowing its state type.</summary>
public interface IDialog
{
    string Name { get; }

    /// <summary>Asks the current step's question again.</summary>
    Task<OutboundMessage> PromptAsync(DialogState row, DialogTurn turn, CancellationToken cancellationToken);

    /// <summary>Explains the current step.</summary>
    string Help(DialogState row, DialogTurn turn);

    /// <summary>Whether the current step reads a bare number as its answer.</summary>
    bool TakesNumbers(DialogState row);

    /// <summary>Goes back to the previous step that was asked; false at the first one.</summary>
    bool Back(DialogState row, DateTime nowUtc);

    /// <summary>Hands the answer to the current step and moves the row on.</summary>
    Task<DialogAdvance> AcceptAsync(DialogState row, DialogTurn turn, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>What an answer did to a dialog: the replies, and whether the dialog is over (or gave up after too many tries).</summary>
public sealed record DialogAdvance(IReadOnlyList<OutboundMessage> Answers, bool Ended, bool Retried = false);

/// <summary>
/// A waterfall of <see cref="DialogStep{TState}"/>s over one typed state record, stored as JSON in
/// <see cref="DialogState.ValuesJson"/>. Steps whose <see cref="DialogStep{TState}.Skip"/> says so are passed over,
/// going forward and going back.
/// </summary>
public abstract class Dialog<TState> : IDialog
    where TState : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public abstract string Name { get; }

    protected abstract IReadOnlyList<DialogStep<TState>> Steps { get; }

    /// <summary>A new row at the first step these values need, or null when none is needed.</summary>
    public DialogState? Begin(string channelId, string conversationId, TState state, DateTime nowUtc)
    {
        var first = NextIndex(state, -1);
        if (first is null)
        {
            return null;
        }

        var row = new DialogState(channelId, conversationId, Name, Serialize(state), nowUtc);
        row.MoveTo(first.Value, Serialize(state), nowUtc);
        return row;
    }

    public Task<OutboundMessage> PromptAsync(DialogState row, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Step(row).Prompt(Read(row), turn, cancellationToken);
    }

    public string Help(DialogState row, DialogTurn turn)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(turn);
        return Step(row).Help(Read(row), turn.Reply.Texts);
    }

    public bool TakesNumbers(DialogState row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Step(row).TakesNumbers;
    }

    public bool Back(DialogState row, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(row);
        var state = Read(row);
        for (var index = row.StepIndex - 1; index >= 0; index--)
        {
            if (!Steps[index].Skip(state))
            {
                row.MoveTo(index, row.ValuesJson, nowUtc);
                return true;
            }
        }

        return false;
    }

    public async Task<DialogAdvance> AcceptAsync(DialogState row, DialogTurn turn, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(turn);
        var result = await Step(row).Accept(Read(row), turn, cancellationToken);
        switch (result)
        {
            case NextStep<TState> next:
                var index = NextIndex(next.State, row.StepIndex);
                if (index is null)
                {
                    throw new InvalidOperationException($"Dialog {Name} ran past its last step; the last step must end it.");
                }

                row.MoveTo(index.Value, Serialize(next.State), nowUtc);
                return new DialogAdvance([await PromptAsync(row, turn, cancellationToken)], Ended: false);
            case ReviseStep<TState> revise:
                row.MoveTo(row.StepIndex, Serialize(revise.State), nowUtc);
                return new DialogAdvance([turn.Reply.Text(revise.Note), await PromptAsync(row, turn, cancellationToken)], Ended: false);
            case RetryStep<TState> retry:
                row.CountRetry(nowUtc);
                return new DialogAdvance([turn.Reply.Text(retry.Problem), await PromptAsync(row, turn, cancellationToken)], Ended: false, Retried: true);
            case EndDialog<TState> end:
                return new DialogAdvance(end.Answers, Ended: true);
            default:
                throw new InvalidOperationException($"Unknown step result {result.GetType().Name}.");
        }
    }

    /// <summary>
    /// Backing up re-asks a step whose value is already set; "Skip" must therefore only look at values that came
    /// from before the dialog (or earlier steps), never at the step's own value. Steps mark what they skip themselves.
    /// </summary>
    private int? NextIndex(TState state, int after)
    {
        for (var index = after + 1; index < Steps.Count; index++)
        {
            if (!Steps[index].Skip(state))
            {
                return index;
            }
        }

        return null;
    }

    private DialogStep<TState> Step(DialogState row) =>
        row.StepIndex >= 0 && row.StepIndex < Steps.Count
            ? Steps[row.StepIndex]
            : throw new InvalidOperationException($"Dialog {Name} has no step {row.StepIndex}.");

    private static string Serialize(TState state) => JsonSerializer.Serialize(state, Json);

    private static TState Read(DialogState row) =>
        JsonSerializer.Deserialize<TState>(row.ValuesJson, Json) ?? throw new InvalidOperationException("Empty dialog state.");
}
