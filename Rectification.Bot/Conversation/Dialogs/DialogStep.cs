using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>
/// One step of a waterfall: whether it is needed for these values, how it asks, how it explains itself on "help",
/// and what it makes of an answer. A step that <see cref="TakesNumbers"/> sees a bare number before the dialog
/// treats it as a question about a finding ("3" is a measure here, not "status of item 3").
/// </summary>
public sealed class DialogStep<TState>
{
    public required string Name { get; init; }

    public Func<TState, bool> Skip { get; init; } = _ => false;

    public required Func<TState, DialogTurn, CancellationToken, Task<OutboundMessage>> Prompt { get; init; }

    public required Func<TState, Texts, string> Help { get; init; }

    public required Func<TState, DialogTurn, CancellationToken, Task<StepResult<TState>>> Accept { get; init; }

    public bool TakesNumbers { get; init; }
}
